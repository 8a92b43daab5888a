// The persona library: a "Personas" button on the home screen and in the board toolbar,
// and the header card of the boards (declared in src/canvas/nodeTypes.ts).
import './strings'
import './personas.css'
import { registerBoardTool } from '../board/tools'
import { registerHomeTool } from '../home/homeTools'
import { PersonasBoardTool, PersonasHomeTool } from './PersonasTool'

registerHomeTool(PersonasHomeTool)
registerBoardTool(PersonasBoardTool)
