// Cells edited in place, shared by the table view and the card panel. Each keeps a draft
// while the user types and commits on Enter or when focus leaves; Escape first reverts a
// draft (and only then lets the dialog close).
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../i18n'
import { Symbol } from '../../ui/icons'
import { parseScore } from './fmeaEdits'

export const CRITICAL_COLOR = '#b71c1c'

interface CommonProps {
  /** Accessible name of the control. */
  label: string
  /** Stable key of the cell (card id and field), used to keep focus across re-sorting. */
  cellKey: string
  className?: string
}

export function TextCell({
  value,
  label,
  cellKey,
  className,
  onCommit,
  placeholder,
}: CommonProps & { value: string; onCommit: (v: string) => void; placeholder?: string }) {
  const [draft, setDraft] = useState(value)
  useEffect(() => setDraft(value), [value])
  return (
    <textarea
      className={`fmea-text ${className ?? ''}`}
      rows={2}
      aria-label={label}
      data-cell={cellKey}
      value={draft}
      placeholder={placeholder}
      maxLength={2000}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => draft !== value && onCommit(draft)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.shiftKey) {
          // Enter commits and stays in the cell; Shift+Enter starts a new line.
          e.preventDefault()
          if (draft !== value) onCommit(draft)
        } else if (e.key === 'Escape' && draft !== value) {
          e.preventDefault()
          setDraft(value)
        }
      }}
    />
  )
}

/**
 * A score from 1 to 10. Anything else is refused: the board is not changed, the cell is
 * marked invalid and `onInvalid` receives what was typed (the owner shows the message).
 * With `onClear`, an empty cell is allowed and means "no value".
 */
export function ScoreCell({
  value,
  label,
  cellKey,
  className,
  onCommit,
  onClear,
  onInvalid,
  onValid,
  errorId,
}: CommonProps & {
  value: number | undefined
  onCommit: (n: number) => void
  onClear?: () => void
  onInvalid: (typed: string) => void
  onValid: () => void
  /** Id of the message element, referenced while the cell is invalid. */
  errorId?: string
}) {
  const shown = value === undefined ? '' : String(value)
  const [draft, setDraft] = useState(shown)
  const [invalid, setInvalid] = useState(false)
  useEffect(() => {
    setDraft(shown)
    setInvalid(false)
  }, [shown])
  const commit = () => {
    if (draft.trim() === shown) {
      if (draft !== shown) setDraft(shown)
      if (invalid) {
        setInvalid(false)
        onValid()
      }
      return
    }
    if (draft.trim() === '' && onClear) {
      setInvalid(false)
      onValid()
      onClear()
      return
    }
    const n = parseScore(draft)
    if (n === null) {
      setInvalid(true)
      onInvalid(draft)
      return
    }
    setInvalid(false)
    onValid()
    onCommit(n)
  }
  return (
    <input
      type="text"
      inputMode="numeric"
      autoComplete="off"
      className={`fmea-score ${className ?? ''}`}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? errorId : undefined}
      data-cell={cellKey}
      value={draft}
      size={2}
      maxLength={4}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault()
          commit()
        } else if (e.key === 'Escape' && (draft !== shown || invalid)) {
          e.preventDefault()
          setDraft(shown)
          if (invalid) {
            setInvalid(false)
            onValid()
          }
        }
      }}
    />
  )
}

/** C (or C′) with its status: the "to treat" symbol and word when at or above the threshold. */
export function Criticality({ value, above }: { value: number; above: boolean }) {
  const { t } = useTranslation()
  return (
    <span className={`fmea-crit ${above ? 'is-critical' : ''}`}>
      <strong data-testid="fmea-c">{formatNumber(value)}</strong>
      {above && (
        <span className="fmea-badge">
          <Symbol name="critical" color={CRITICAL_COLOR} /> {t('fmeaView.toTreat')}
        </span>
      )}
    </span>
  )
}
