// The workshop's panel, a vote's ranking and the presentation's layer come when first opened,
// not with the app (npm run bench: initial JavaScript); what they show is the same.
import { useEffect, type MutableRefObject } from 'react'
import { lazyComponent } from '../../ui/lazyComponent'
import type { BoardLayout } from '../../domain/layout'
import { useEditor } from '../../store/editorStore'
import { useWorkshopView } from '../../store/workshopView'
import { leavePresent } from './present'

const Panel = lazyComponent(() => import('./WorkshopPanel').then((m) => m.WorkshopPanel))
const Ranking = lazyComponent(() => import('./RankingDialog').then((m) => m.RankingDialog))
const PresentLayer = lazyComponent(() => import('./Present').then((m) => m.PresentLayer))

export function WorkshopPanelHost() {
  const open = useWorkshopView((s) => s.panelOpen)
  const presenting = useEditor((s) => s.presenting)
  return open && !presenting ? <Panel /> : null
}

export function RankingDialogHost() {
  const open = useWorkshopView((s) => s.rankingId !== null)
  return open ? <Ranking /> : null
}

export function PresentOverlay({ layoutRef }: { layoutRef: MutableRefObject<BoardLayout | null> }) {
  const presenting = useEditor((s) => s.presenting)
  // the browser left full screen (Escape, F11): the presentation ends with it
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) leavePresent()
    }
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])
  useEffect(() => () => leavePresent(), [])
  return presenting ? <PresentLayer layoutRef={layoutRef} /> : null
}
