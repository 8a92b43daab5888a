// The toolbar button that opens the worst-case scenario over a journey map or blueprint,
// with the number of failures to treat beside it.
import { useEffect, useRef } from 'react'
import { lazyComponent } from '../../ui/lazyComponent'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { create } from 'zustand'
import { criticality, DEFAULT_FMEA_THRESHOLD, isAboveThreshold } from '../../domain/methods/fmea'
import type { Board } from '../../domain/types'
import { kindOf } from '../../domain/kinds'
import { useEditor } from '../../store/editorStore'
import { Symbol } from '../../ui/icons'
import { CRITICAL_COLOR } from './cells'
import { formatNumber } from '../../i18n'

// the table comes when first opened, not with the app
const FmeaView = lazyComponent(() => import('./FmeaView').then((m) => m.FmeaView))

export const useFmeaView = create<{ open: boolean }>(() => ({ open: false }))
export const openFmeaView = () => useFmeaView.setState({ open: true })
export const closeFmeaView = () => useFmeaView.setState({ open: false })

/** The board kinds whose steps carry a worst-case scenario. */
export const hasFmea = (board: Board | null): boolean => !!board && kindOf(board).worstCase

const toTreatCount = (b: Board | null): number => {
  if (!b) return 0
  const threshold = b.fmeaThreshold ?? DEFAULT_FMEA_THRESHOLD
  return b.cards.filter((c) => c.fmea && isAboveThreshold(criticality(c.fmea), threshold)).length
}

export function FmeaTool() {
  const { t } = useTranslation()
  const applies = useEditor((s) => hasFmea(s.board))
  const count = useEditor((s) => toTreatCount(s.board))
  const open = useFmeaView((s) => s.open)
  const button = useRef<HTMLButtonElement>(null)
  // Leaving the board (or presenting, which hides the toolbar) closes the view.
  useEffect(() => closeFmeaView, [])
  if (!applies) return null
  const close = () => {
    closeFmeaView()
    button.current?.focus()
  }
  return (
    <>
      <button
        ref={button}
        type="button"
        className={open ? 'is-on fmea-tool' : 'fmea-tool'}
        aria-haspopup="dialog"
        aria-expanded={open}
        title={t('fmeaView.openHint')}
        onClick={() => (open ? close() : openFmeaView())}
      >
        {t('fmeaView.open')}
        {count > 0 && (
          <span className="fmea-tool-count" aria-hidden>
            <Symbol name="critical" color={CRITICAL_COLOR} size={14} />
            {formatNumber(count)}
          </span>
        )}
      </button>
      {open && createPortal(<FmeaSheet onClose={close} />, document.body)}
    </>
  )
}

function FmeaSheet({ onClose }: { onClose: () => void }) {
  // Leave the card inspector uncovered when it is open.
  const inspectorOpen = useEditor((s) => s.selectedCardIds.length > 0 || s.selectedLinkIds.length === 1)
  return (
    <div className={`fmea-dock ${inspectorOpen ? 'beside-inspector' : ''}`}>
      <FmeaView onClose={onClose} />
    </div>
  )
}
