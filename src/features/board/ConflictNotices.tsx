// Edits that another tab, at the same time, replaced or deleted: each is told in a notice (a
// polite live region) naming it, with "Keep mine" (one undoable edit that gives the user their
// version back) and "Dismiss".
import { create } from 'zustand'
import { readdCard, setTextAt, type TextConflict } from '../../domain/drafts'
import type { Board } from '../../domain/types'
import { visibleText } from '../../domain/text'
import { useEditor } from '../../store/editorStore'
import { endDraft } from '../../store/draftStore'
import { registerStrings, useT } from '../../i18n'
import './conflicts.css'

registerStrings('conflict', {
  en: {
    region: 'Edits made in another tab',
    replaced_cards: 'Another tab replaced your card text “{{mine}}” with “{{theirs}}”.',
    replaced_stages: 'Another tab renamed your stage “{{mine}}” to “{{theirs}}”.',
    replaced_lanes: 'Another tab renamed your lane “{{mine}}” to “{{theirs}}”.',
    replaced_board: 'Another tab replaced your board title “{{mine}}” with “{{theirs}}”.',
    replaced_other: 'Another tab replaced your text “{{mine}}” with “{{theirs}}”.',
    deleted: 'Another tab deleted the card you were editing: “{{text}}”.',
    keepMine: 'Keep mine',
    keepMineLabel: 'Keep mine: “{{text}}”',
    dismiss: 'Dismiss',
    dismissLabel: 'Dismiss: “{{text}}”',
  },
  fr: {
    region: 'Modifications faites dans un autre onglet',
    replaced_cards: 'Un autre onglet a remplacé le texte de votre carte « {{mine}} » par « {{theirs}} ».',
    replaced_stages: 'Un autre onglet a renommé votre étape « {{mine}} » en « {{theirs}} ».',
    replaced_lanes: 'Un autre onglet a renommé votre couloir « {{mine}} » en « {{theirs}} ».',
    replaced_board: 'Un autre onglet a remplacé le titre de votre tableau « {{mine}} » par « {{theirs}} ».',
    replaced_other: 'Un autre onglet a remplacé votre texte « {{mine}} » par « {{theirs}} ».',
    deleted: 'Un autre onglet a supprimé la carte que vous modifiiez : « {{text}} ».',
    keepMine: 'Garder ma version',
    keepMineLabel: 'Garder ma version : « {{text}} »',
    dismiss: 'Ignorer',
    dismissLabel: 'Ignorer : « {{text}} »',
  },
})

interface Notice {
  n: number
  conflict: TextConflict
}

let next = 0
export const useConflicts = create<{ notices: Notice[] }>(() => ({ notices: [] }))

/** Tell the user about an edit of theirs another tab replaced or deleted (one notice per thing). */
export function reportConflict(conflict: TextConflict): void {
  const same = (c: TextConflict) =>
    c.type === conflict.type &&
    (c.type === 'deleted' ? c.card.id === (conflict as typeof c).card.id : JSON.stringify(c.key) === JSON.stringify((conflict as typeof c).key))
  useConflicts.setState((s) => ({ notices: [...s.notices.filter((x) => !same(x.conflict)), { n: ++next, conflict }] }))
}

export const clearConflicts = (): void => useConflicts.setState({ notices: [] })

const forget = (n: number) => useConflicts.setState((s) => ({ notices: s.notices.filter((x) => x.n !== n) }))

/** "Keep mine": the user's version back, as one undoable edit. */
export function keepMine(c: TextConflict): boolean {
  const op = c.type === 'replaced' ? (b: Board) => setTextAt(b, c.key, c.mine) : (b: Board) => readdCard(b, c.card, c.text)
  const done = useEditor.getState().apply(op)
  if (c.type === 'deleted') endDraft({ box: 'card', id: c.card.id })
  return done
}

/** A text as the notice quotes it: on one line, nothing that reorders or hides it, at most 80 characters. */
const short = (text: string) => {
  const s = visibleText(text)
  return s.length > 80 ? `${s.slice(0, 79)}…` : s
}

export function ConflictNotices() {
  const t = useT()
  const notices = useConflicts((s) => s.notices)
  return (
    // always in the page, so that a notice put in it is read out (a polite live region)
    <div className="conflict-notices" role="status" aria-live="polite" aria-label={t('conflict.region')}>
      {notices.map(({ n, conflict: c }) => {
        const mine = short(c.type === 'replaced' ? c.mine : c.text)
        const text =
          c.type === 'deleted'
            ? t('conflict.deleted', { text: mine })
            : t(`conflict.replaced_${['cards', 'stages', 'lanes', 'board'].includes(c.key.list) ? c.key.list : 'other'}`, { mine, theirs: short(c.theirs) })
        return (
          <div key={n} className="banner banner-conflict" data-testid="conflict-notice">
            <span aria-hidden className="conflict-symbol">
              ⚠
            </span>
            <span>{text}</span>
            <button
              type="button"
              aria-label={t('conflict.keepMineLabel', { text: mine })}
              onClick={() => {
                keepMine(c)
                forget(n)
              }}
            >
              {t('conflict.keepMine')}
            </button>
            <button
              type="button"
              className="ghost"
              aria-label={t('conflict.dismissLabel', { text: mine })}
              onClick={() => {
                if (c.type === 'deleted') endDraft({ box: 'card', id: c.card.id })
                forget(n)
              }}
            >
              {t('conflict.dismiss')}
            </button>
          </div>
        )
      })}
    </div>
  )
}
