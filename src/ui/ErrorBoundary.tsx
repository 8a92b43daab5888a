// The last line when something still throws while drawing: a board card of the home list,
// a screen, or the whole app is replaced by a notice that says what failed, offers the file
// download of what could be read and a way to the other boards — never a blank page.
// (Data is repaired on read by restore; a boundary only catches what rendering still throws.)
import { Component, useState, type ErrorInfo, type ReactNode } from 'react'
import { registerStrings, useT } from '../i18n'
import './errorBoundary.css'

registerStrings('boundary', {
  en: {
    card: 'This board could not be shown.',
    cardNamed: 'The board “{{name}}” could not be shown.',
    home: 'The list of boards could not be shown.',
    board: 'This board could not be shown.',
    boardNamed: 'The board “{{name}}” could not be shown.',
    app: 'Parcours met a problem it could not get past.',
    unchanged: 'What this browser keeps was not changed by it.',
    failed: 'What failed: {{message}}',
    unknown: 'an error without a message',
    downloadBoard: 'Download what could be read',
    downloadAll: 'Download a backup of every board',
    downloadFailed: 'The download failed too: {{message}}',
    otherBoards: 'Open the other boards',
    retry: 'Try again',
  },
  fr: {
    card: 'Ce tableau n’a pas pu être affiché.',
    cardNamed: 'Le tableau « {{name}} » n’a pas pu être affiché.',
    home: 'La liste des tableaux n’a pas pu être affichée.',
    board: 'Ce tableau n’a pas pu être affiché.',
    boardNamed: 'Le tableau « {{name}} » n’a pas pu être affiché.',
    app: 'Parcours a rencontré un problème qu’il n’a pas pu surmonter.',
    unchanged: 'Ce que garde ce navigateur n’a pas été modifié par ce problème.',
    failed: 'Ce qui a échoué : {{message}}',
    unknown: 'une erreur sans message',
    downloadBoard: 'Télécharger ce qui a pu être lu',
    downloadAll: 'Télécharger une sauvegarde de tous les tableaux',
    downloadFailed: 'Le téléchargement a échoué lui aussi : {{message}}',
    otherBoards: 'Ouvrir les autres tableaux',
    retry: 'Réessayer',
  },
})

export type BoundaryScope = 'card' | 'home' | 'board' | 'app'

interface Props {
  /** Which notice: a board card of the list, the home screen, the board screen, the whole app. */
  scope: BoundaryScope
  /** The file download of what could be read; its button says `download` ('board' or 'all'). */
  onDownload?: () => unknown
  download?: 'board' | 'all'
  /** What failed to draw, when it has a name (a board's title). */
  name?: string
  /** The name, looked up when the notice is drawn (the open board's title, once it was read). */
  getName?: () => string | undefined
  /** The other boards, drawn in the notice (on the home screen); otherwise a link to them. */
  others?: ReactNode
  /** The element the notice is drawn as (an `li` in a list). */
  as?: 'li' | 'div' | 'main'
  className?: string
  children: ReactNode
}

interface State {
  error: unknown
}

/** The message of anything thrown, in one line (React's own errors have long ones). */
export function errorMessage(error: unknown): string {
  const raw = error instanceof Error ? `${error.name}: ${error.message}` : typeof error === 'string' ? error : ''
  return raw.split('\n')[0].slice(0, 300)
}

/** A name looked up for the notice, or none if looking it up fails too. */
function safeName(getName?: () => string | undefined): string | undefined {
  try {
    const name = getName?.()
    return typeof name === 'string' && name.trim() ? name : undefined
  } catch {
    return undefined
  }
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error() }
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`[${this.props.scope}] rendering failed`, error, info.componentStack)
  }

  private reset = () => this.setState({ error: null })
  // Going elsewhere (the link to the other boards, Back) draws again what is there.
  private onHash = () => {
    if (this.state.error !== null) this.reset()
  }

  componentDidMount(): void {
    window.addEventListener('hashchange', this.onHash)
  }

  componentWillUnmount(): void {
    window.removeEventListener('hashchange', this.onHash)
  }

  render() {
    if (this.state.error === null) return this.props.children
    return <Notice {...this.props} error={this.state.error} onReset={this.reset} />
  }
}

function Notice({
  scope,
  name: givenName,
  getName,
  error,
  onDownload,
  download = 'board',
  others,
  as: Tag = 'div',
  className = '',
  onReset,
}: Props & { error: unknown; onReset: () => void }) {
  const t = useT()
  const [downloadError, setDownloadError] = useState<string | null>(null)
  const message = errorMessage(error) || t('boundary.unknown')
  const name = givenName ?? safeName(getName)
  const save = async () => {
    setDownloadError(null)
    try {
      await onDownload?.()
    } catch (e) {
      setDownloadError(t('boundary.downloadFailed', { message: errorMessage(e) || t('boundary.unknown') }))
    }
  }
  return (
    <Tag className={`error-notice is-${scope} ${className}`} role="alert" data-testid={`error-${scope}`}>
      <p className="error-notice-title">
        <span aria-hidden>⚠ </span>
        {(scope === 'card' || scope === 'board') && name ? t(`boundary.${scope}Named`, { name }) : t(`boundary.${scope}`)}
      </p>
      <p className="small">{t('boundary.unchanged')}</p>
      <p className="small mono error-notice-detail">{t('boundary.failed', { message })}</p>
      <div className="button-row">
        {onDownload && (
          <button type="button" onClick={() => void save()}>
            {t(download === 'all' ? 'boundary.downloadAll' : 'boundary.downloadBoard')}
          </button>
        )}
        {scope !== 'card' && !others && (
          <a className="button-link" href="#/">
            {t('boundary.otherBoards')}
          </a>
        )}
        <button type="button" onClick={onReset}>
          {t('boundary.retry')}
        </button>
      </div>
      {downloadError && <p className="small error-text">{downloadError}</p>}
      {others && (
        <nav aria-label={t('boundary.otherBoards')}>
          <h2 className="small">{t('boundary.otherBoards')}</h2>
          {others}
        </nav>
      )}
    </Tag>
  )
}
