// Spreadsheet and backup features: the "CSV (cards)" export of the board's Export menu, and
// the workspace backup buttons of the home screen.
import './strings'
import './io.css'
import { setExportRunner } from '../export/ExportDialog'
import { registerHomeTool } from '../home/homeTools'
import { db } from '../../persistence/db'
import { i18n } from '../../i18n'
import { downloadText, fileSlug } from '../../ui/download'
import { cardsCsv } from './cardsCsv'
import { BackupTools } from './BackupTools'

setExportRunner('csv', async (board) => {
  // the board's own scores, and any still in the old measurements table
  const stored = (await db.measurements.where('boardId').equals(board.id).toArray()).map(({ boardId: _b, ...m }) => m)
  const own = board.measurements ?? []
  const measurements = [...own, ...stored.filter((m) => !own.some((x) => x.id === m.id))]
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en'
  downloadText(`${fileSlug(board.title)}-cards.csv`, cardsCsv(board, { lang, measurements }), 'text/csv')
  return { warnings: [], files: 1 }
})

registerHomeTool(BackupTools)
