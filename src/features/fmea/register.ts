// The worst-case scenario (scénario du pire): a table view opened from the board toolbar
// and a section of the card inspector, for journey maps and service blueprints.
import './strings'
import './fmea.css'
import { registerBoardTool } from '../board/tools'
import { registerCardPanel } from '../board/panels'
import { FmeaTool } from './FmeaTool'
import { FmeaPanel } from './FmeaPanel'

registerBoardTool(FmeaTool)
registerCardPanel(FmeaPanel)
