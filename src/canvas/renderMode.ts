// The off-screen export canvas renders the same node components as the live board, but
// without selection, keyboard cursor or editing affordances.
import { createContext, useContext } from 'react'

export const ExportModeContext = createContext(false)
export const useExportMode = () => useContext(ExportModeContext)

/** Below this zoom a card's text is a few pixels high: cards are drawn as their colour and tag only. */
export const FAR_ZOOM = 0.35
/** True when the board is seen from far (zoom under FAR_ZOOM); set once by the canvas. */
export const FarContext = createContext(false)
