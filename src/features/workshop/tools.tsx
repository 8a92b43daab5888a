// The workshop's toolbar buttons: Present, the Workshop panel, and the timer while it runs.
import { useTranslation } from 'react-i18next'
import { UiIcon } from '../../ui/icons'
import { useEditor } from '../../store/editorStore'
import { activeRound } from '../../domain/workshop/rounds'
import { useWorkshopView } from '../../store/workshopView'
import { enterPresent } from './present'
import { TimerReadout } from './Timer'

export function PresentTool() {
  const { t } = useTranslation()
  return (
    <button type="button" className="present-tool" title={`${t('workshop.presentHint')} (P)`} aria-keyshortcuts="P" onClick={enterPresent}>
      <UiIcon name="play" size={12} /> {t('workshop.present')}
    </button>
  )
}

export function WorkshopTool() {
  const { t } = useTranslation()
  const open = useWorkshopView((s) => s.panelOpen)
  // the round's bar and the panel show the timer already
  const shownElsewhere = useEditor((s) => !!(s.board && activeRound(s.board)))
  return (
    <>
      <button
        type="button"
        className={open ? 'is-on toggle workshop-tool' : 'toggle workshop-tool'}
        aria-pressed={open}
        title={t('workshop.toolHint')}
        onClick={() => useWorkshopView.setState({ panelOpen: !open })}
      >
        {t('workshop.tool')}
      </button>
      {!open && !shownElsewhere && <TimerReadout hideIdle />}
    </>
  )
}
