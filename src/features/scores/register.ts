// Measured scores on touchpoints: the card inspector's Scores section, a stage's scores from its
// ⋯ menu, the toolbar's Scores menu (table, relationship scores, survey import, customer
// mapping), and the strings they need.
import './strings'
import './scores.css'
import { registerBoardTool } from '../board/tools'
import { registerCardPanel } from '../board/panels'
import { registerStageMenuItem } from '../../canvas/stageMenu'
import { ScoresPanel } from './ScoresPanel'
import { ScoresTool, StageScoresItem } from './ScoresTool'

registerCardPanel(ScoresPanel)
registerBoardTool(ScoresTool)
registerStageMenuItem(StageScoresItem)
