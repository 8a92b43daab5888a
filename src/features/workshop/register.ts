// Workshop mode: present mode, the timer, rounds with a quick-entry bar and private notes, tagging
// keys, dot voting with named participants, the ranking and the workshop summary. Registers its
// toolbar buttons, its overlays over the board, its keyboard actions and its strings.
import './strings'
import './workshop.css'
import type { CardTag } from '../../domain/types'
import { useEditor } from '../../store/editorStore'
import { useWorkshopView } from '../../store/workshopView'
import { registerAction } from '../board/actions'
import { registerBoardOverlay } from '../board/overlays'
import { registerBoardTool } from '../board/tools'
import { tagSelection } from './edits'
import { isPresenting, leavePresent, presentLast, presentPhase, presentScroll, presentStep, presentWhole, togglePresent } from './present'
import { RoundBar } from './RoundBar'
import { TimerWatcher } from './Timer'
import { PresentTool, WorkshopTool } from './tools'
import { VotingBar } from './VotingBar'
import { PresentOverlay, RankingDialogHost, WorkshopPanelHost } from './lazyOverlays'

registerBoardTool(PresentTool)
registerBoardTool(WorkshopTool)
registerBoardOverlay(WorkshopPanelHost)
registerBoardOverlay(PresentOverlay)
registerBoardOverlay(RoundBar)
registerBoardOverlay(VotingBar)
registerBoardOverlay(RankingDialogHost)
registerBoardOverlay(TimerWatcher)

const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey
const key = (e: KeyboardEvent, ...keys: string[]) => keys.includes(e.key) || keys.includes(e.key.toLowerCase())
const noDialog = () => !document.querySelector('dialog[open]')
const presenting = () => isPresenting() && noDialog()

registerAction({
  id: 'present',
  group: 'present',
  label: 'workshop.present',
  shortcut: 'P',
  keyTest: (e) => plain(e) && !e.shiftKey && key(e, 'p'),
  enabled: () => !!useEditor.getState().board && noDialog(),
  perform: togglePresent,
})
registerAction({
  id: 'presentExit',
  scope: 'present',
  group: 'present',
  label: 'workshop.presenting.exit',
  shortcut: 'Escape',
  altShortcuts: ['P'],
  keyTest: (e) => e.key === 'Escape' || (plain(e) && !e.shiftKey && key(e, 'p')),
  enabled: presenting,
  perform: leavePresent,
})
registerAction({
  id: 'presentNext',
  scope: 'present',
  group: 'present',
  label: 'workshop.presenting.next',
  shortcut: 'ArrowRight',
  altShortcuts: ['PageDown'],
  keyTest: (e) => plain(e) && !e.shiftKey && key(e, 'ArrowRight', 'PageDown'),
  enabled: presenting,
  perform: () => presentStep(1),
})
registerAction({
  id: 'presentPrev',
  scope: 'present',
  group: 'present',
  label: 'workshop.presenting.prev',
  shortcut: 'ArrowLeft',
  altShortcuts: ['PageUp'],
  keyTest: (e) => plain(e) && !e.shiftKey && key(e, 'ArrowLeft', 'PageUp'),
  enabled: presenting,
  perform: () => presentStep(-1),
})
registerAction({
  id: 'presentNextPhase',
  scope: 'present',
  group: 'present',
  label: 'workshop.presenting.nextPhase',
  shortcut: 'Shift+ArrowRight',
  keyTest: (e) => plain(e) && e.shiftKey && e.key === 'ArrowRight',
  enabled: presenting,
  perform: () => presentPhase(1),
})
registerAction({
  id: 'presentPrevPhase',
  scope: 'present',
  group: 'present',
  label: 'workshop.presenting.prevPhase',
  shortcut: 'Shift+ArrowLeft',
  keyTest: (e) => plain(e) && e.shiftKey && e.key === 'ArrowLeft',
  enabled: presenting,
  perform: () => presentPhase(-1),
})
registerAction({
  id: 'presentWhole',
  scope: 'present',
  group: 'present',
  label: 'workshop.presenting.whole',
  shortcut: 'Home',
  keyTest: (e) => plain(e) && e.key === 'Home',
  enabled: presenting,
  perform: presentWhole,
})
registerAction({
  id: 'presentLast',
  scope: 'present',
  group: 'present',
  label: 'workshop.presenting.last',
  shortcut: 'End',
  keyTest: (e) => plain(e) && e.key === 'End',
  enabled: presenting,
  perform: presentLast,
})
registerAction({
  id: 'presentScrollDown',
  scope: 'present',
  group: 'present',
  label: 'workshop.presenting.scrollDown',
  shortcut: 'ArrowDown',
  keyTest: (e) => plain(e) && e.key === 'ArrowDown',
  enabled: presenting,
  perform: () => presentScroll(1),
})
registerAction({
  id: 'presentScrollUp',
  scope: 'present',
  group: 'present',
  label: 'workshop.presenting.scrollUp',
  shortcut: 'ArrowUp',
  keyTest: (e) => plain(e) && e.key === 'ArrowUp',
  enabled: presenting,
  perform: () => presentScroll(-1),
})
registerAction({
  id: 'presentContrast',
  scope: 'present',
  group: 'present',
  label: 'workshop.presenting.contrast',
  shortcut: 'H',
  keyTest: (e) => plain(e) && !e.shiftKey && key(e, 'h'),
  enabled: presenting,
  perform: () => useWorkshopView.setState((s) => ({ highContrast: !s.highContrast })),
})

// Tagging is part of the flow: a key tags the selected cards (again: untags them).
const TAG_KEYS: [CardTag, string][] = [
  ['irritant', 'i'],
  ['wow', 'w'],
  ['must', 'm'],
  ['question', 'q'],
]
for (const [tag, k] of TAG_KEYS) {
  registerAction({
    id: `tag-${tag}`,
    label: `workshop.tagAction.${tag}`,
    group: 'cards',
    shortcut: k.toUpperCase(),
    keyTest: (e) => plain(e) && !e.shiftKey && key(e, k),
    enabled: () => !isPresenting() && useEditor.getState().selectedCardIds.length > 0 && !useEditor.getState().editingCardId,
    perform: () => void tagSelection(tag),
  })
}
