// Which scores dialog is open over the board (one at a time).
import { create } from 'zustand'
import type { Subject } from '../../domain/methods/scores'

export type ScoresDialog = { view: 'subject'; subject: Subject } | { view: 'table' } | { view: 'import' } | { view: 'mapping' } | null

export const useScoresUi = create<{ dialog: ScoresDialog; notice: string }>(() => ({ dialog: null, notice: '' }))
export const openScoresDialog = (dialog: ScoresDialog) => useScoresUi.setState({ dialog })
export const closeScoresDialog = () => useScoresUi.setState({ dialog: null })
export const announce = (notice: string) => useScoresUi.setState({ notice })
