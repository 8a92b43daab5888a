// Each feature registers its toolbar tools, inspector panels, export formats and strings
// by being imported here once.
import './methods/strings'
import './methods/ViewTools'
import './home/SpreadsheetImport'
import './fmea/register'
import './export/register'
import './personas/register'
import './io/register'
import './workshop/register'
import './scores/register'
import './live/register'
