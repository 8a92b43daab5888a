// Live sessions on several devices: the toolbar's "Start live session" and the session's state,
// and the module that keeps the open board in its room (liveState).
import './strings'
import './live.css'
import './liveState'
import { registerBoardTool } from '../board/tools'
import { registerCanvasOverlay } from '../../canvas/overlays'
import { LiveCursors } from './LiveCursors'
import { LiveTool } from './LiveTool'

registerBoardTool(LiveTool)
registerCanvasOverlay(LiveCursors)
