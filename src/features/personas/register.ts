// The persona library: a "Personas" button on the home screen and in the board toolbar,
// and the header card of the boards (a node type of the canvas).
import './strings'
import './personas.css'
import { registerNodeType } from '../../canvas/nodeTypes'
import { PersonaHeaderNode } from './PersonaHeaderNode'
import { registerBoardTool } from '../board/tools'
import { registerHomeTool } from '../home/homeTools'
import { PersonasBoardTool, PersonasHomeTool } from './PersonasTool'

registerHomeTool(PersonasHomeTool)
registerBoardTool(PersonasBoardTool)
registerNodeType('personas', PersonaHeaderNode)
