// The off-screen export canvas renders the same node components as the live board, but
// without selection, keyboard cursor or editing affordances.
import { createContext, useContext } from 'react'

export const ExportModeContext = createContext(false)
export const useExportMode = () => useContext(ExportModeContext)
