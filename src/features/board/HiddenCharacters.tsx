// The board title box shows the stored title as it is (it is what gets edited), so a title
// holding bidi controls or invisible characters could read as something else there. The box is
// then followed by a visible warning that offers to remove them (one board edit, undoable).
import { useTranslation } from 'react-i18next'
import { hasHiddenCharacters, visibleText } from '../../domain/text'
import * as ops from '../../domain/operations'
import { registerStrings } from '../../i18n'
import { useEditor } from '../../store/editorStore'
import './hiddenCharacters.css'

registerStrings('hiddenText', {
  en: {
    title: 'Hidden characters',
    explain: 'This title holds characters that reorder or hide its letters (right-to-left overrides, invisible characters). It reads: “{{shown}}”. Remove them',
  },
  fr: {
    title: 'Caractères cachés',
    explain:
      'Ce titre contient des caractères qui réordonnent ou cachent ses lettres (inversions de sens, caractères invisibles). Il se lit : « {{shown}} ». Les retirer',
  },
})

export function HiddenCharactersWarning({ title }: { title: string }) {
  const { t } = useTranslation()
  if (!hasHiddenCharacters(title)) return null
  const shown = visibleText(title).trim()
  return (
    <button
      type="button"
      className="ghost hidden-chars"
      data-testid="hidden-characters"
      aria-label={t('hiddenText.explain', { shown })}
      title={t('hiddenText.explain', { shown })}
      onClick={() => useEditor.getState().apply((b) => ops.renameBoard(b, shown || t('board.untitled')))}
    >
      <span aria-hidden>⚠</span> {t('hiddenText.title')}
    </button>
  )
}
