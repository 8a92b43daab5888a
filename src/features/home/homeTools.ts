// Features add controls to the home screen's header (workspace backup, personas…).
import type { ComponentType } from 'react'

const tools: ComponentType[] = []

export function registerHomeTool(tool: ComponentType): void {
  if (!tools.includes(tool)) tools.push(tool)
}

export const registeredHomeTools = (): readonly ComponentType[] => tools
