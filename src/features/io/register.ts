// Spreadsheet and backup features: the "CSV (cards)" export of the board's Export menu, and
// the workspace backup buttons of the home screen.
import './strings'
import './io.css'
import { setExportRunner } from '../export/ExportDialog'
import { registerHomeTool } from '../home/homeTools'
import { i18n } from '../../i18n'
import { downloadText, fileSlug } from '../../ui/download'
import { BackupTools } from './BackupTools'

setExportRunner('csv', async (board) => {
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en'
  const { cardsCsv } = await import('./cardsCsv') // with its CSV library, when asked for
  downloadText(`${fileSlug(board.title)}-cards.csv`, cardsCsv(board, { lang }), 'text/csv')
  return { warnings: [], files: 1 }
})

registerHomeTool(BackupTools)
