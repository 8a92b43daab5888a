// Features add entries to a stage's ⋯ menu (its scores…) by registering a component here:
// the canvas draws them without knowing the features.
import type { ComponentType } from 'react'
import type { Id } from '../domain/types'

export type StageMenuItem = ComponentType<{ stageId: Id; stageName: string; close: () => void }>
const items: StageMenuItem[] = []

export function registerStageMenuItem(item: StageMenuItem): void {
  if (!items.includes(item)) items.push(item)
}

export const stageMenuItems = (): readonly StageMenuItem[] => items
