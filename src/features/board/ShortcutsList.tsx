// What the Keyboard shortcuts dialog (./ShortcutsDialog) lists: its code comes once a board is
// drawn, not with the app's first load.
import { useTranslation } from 'react-i18next'
import type { Action, ActionScope } from '../../editor/actions'
import { shortcutKeys } from '../../editor/keys'
import { closeShortcutsDialog, shortcutGroups, type T } from './shortcutsState'

function Keys({ text, t }: { text: string; t: T }) {
  const keys = shortcutKeys(text)
  return (
    <span className="shortcut-keys">
      {keys.map((k, i) => {
        const shown = t(`shortcuts.key.${k}`, { defaultValue: k })
        const name = t(`shortcuts.keyName.${k}`, { defaultValue: '' })
        return (
          <span key={i}>
            {i > 0 && <span aria-hidden>+</span>}
            <kbd>
              {name ? (
                <>
                  <span aria-hidden>{shown}</span>
                  <span className="sr-only">{name}</span>
                </>
              ) : (
                shown
              )}
            </kbd>
          </span>
        )
      })}
    </span>
  )
}

function Row({ a, t }: { a: Action; t: T }) {
  const scope: ActionScope = a.scope ?? 'board'
  const all = [a.shortcut!, ...(a.altShortcuts ?? [])]
  return (
    <tr data-action={a.id}>
      <th scope="row">{t(a.label)}</th>
      <td>
        {all.map((s, i) => (
          <span key={s}>
            {i > 0 && <span className="shortcut-or"> {t('shortcuts.or')} </span>}
            <Keys text={s} t={t} />
          </span>
        ))}
      </td>
      <td className="shortcut-scope">{t(`shortcuts.scope.${scope}`)}</td>
    </tr>
  )
}

export function ShortcutsList() {
  const { t } = useTranslation()
  return (
    <>
      <header className="shortcuts-head">
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <button type="button" className="icon-btn" aria-label={t('shortcuts.close')} onClick={closeShortcutsDialog}>
          ×
        </button>
      </header>
      <p className="muted small">{t('shortcuts.intro')}</p>
      {shortcutGroups().map(({ group, actions }) => (
        <section key={group} className="shortcut-group" aria-labelledby={`shortcuts-${group}`}>
          <h3 id={`shortcuts-${group}`}>{t(`shortcuts.group.${group}`, { defaultValue: group })}</h3>
          <table>
            <colgroup>
              <col className="shortcut-col-action" />
              <col className="shortcut-col-keys" />
              <col />
            </colgroup>
            <thead className="sr-only">
              <tr>
                <th scope="col">{t('shortcuts.column.action')}</th>
                <th scope="col">{t('shortcuts.column.keys')}</th>
                <th scope="col">{t('shortcuts.column.where')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <Row key={a.id} a={a} t={t} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  )
}
