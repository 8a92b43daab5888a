// Features add controls to the board toolbar (customer view, worst-case scenario,
// presentation…) by registering a component here.
import type { ComponentType } from 'react'

const tools: ComponentType[] = []

export function registerBoardTool(tool: ComponentType): void {
  if (!tools.includes(tool)) tools.push(tool)
}

export const registeredBoardTools = (): readonly ComponentType[] => tools
