// Toolbar toggles that change what the board shows, not what it holds:
// the blueprint's customer view, and the empathy map's "assumptions to verify" filter.
import { useTranslation } from 'react-i18next'
import { UiIcon } from '../../ui/icons'
import { useEditor } from '../../store/editorStore'
import { kindOf } from '../../domain/kinds'
import { registerBoardTool } from '../board/tools'
import { registerStrings } from '../../i18n'

registerStrings('view', {
  en: {
    customerView: 'Customer view',
    customerViewHint: 'Hide everything below the line of visibility',
    assumptionsOnly: 'Assumptions to verify',
    assumptionsHint: 'Show only the stickies marked as assumptions (S)',
  },
  fr: {
    customerView: 'Vue client',
    customerViewHint: 'Masquer tout ce qui est sous la ligne de visibilité',
    assumptionsOnly: 'Suppositions à vérifier',
    assumptionsHint: 'N’afficher que les post-it marqués comme suppositions (S)',
  },
})

function Toggle({ on, label, hint, onChange }: { on: boolean; label: string; hint: string; onChange: (v: boolean) => void }) {
  return (
    <button type="button" aria-pressed={on} className={on ? 'is-on toggle' : 'toggle'} title={hint} onClick={() => onChange(!on)}>
      <UiIcon name={on ? 'on' : 'off'} size={13} /> {label}
    </button>
  )
}

function ViewTools() {
  const { t } = useTranslation()
  const hasVisibility = useEditor((s) => !!s.board?.lanes.some((l) => l.role === 'line-visibility'))
  const alwaysFilter = useEditor((s) => !!s.board && kindOf(s.board).evidenceFilterAlways)
  const hasAssumptions = useEditor((s) => !!s.board?.cards.some((c) => c.evidence === 'assumption'))
  const customerView = useEditor((s) => s.customerView)
  const assumptionsOnly = useEditor((s) => s.assumptionsOnly)
  const belowTarget = useEditor((s) => s.belowTarget)
  const hasTargets = useEditor((s) => !!s.board?.measurements?.some((m) => m.target !== undefined))
  const setView = useEditor((s) => s.setView)
  return (
    <>
      {hasVisibility && (
        <Toggle on={customerView} label={t('view.customerView')} hint={t('view.customerViewHint')} onChange={(v) => setView({ customerView: v })} />
      )}
      {(alwaysFilter || hasAssumptions) && (
        <Toggle on={assumptionsOnly} label={t('view.assumptionsOnly')} hint={t('view.assumptionsHint')} onChange={(v) => setView({ assumptionsOnly: v })} />
      )}
      {(hasTargets || belowTarget) && (
        <Toggle on={belowTarget} label={t('scores.belowTarget')} hint={t('scores.belowTargetHint')} onChange={(v) => setView({ belowTarget: v })} />
      )}
    </>
  )
}

registerBoardTool(ViewTools)
