// `#/join/<room>/<secret>`: the join link opens here on any device. The participant gives their
// name and presses Join; the board arrives from the room, is kept on this device, and opens.
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSelect } from '../../ui/LanguageSelect'
import { boardHref, navigate } from '../../ui/router'
import { checkJoinLink, joinRoom, type JoinCheck } from './liveState'

const NAME_KEY = 'parcours:live:name'

export function JoinScreen({ room, secret }: { room: string; secret: string }) {
  const { t } = useTranslation()
  const [check, setCheck] = useState<JoinCheck | null>(null)
  const [name, setName] = useState(() => {
    try {
      return localStorage.getItem(NAME_KEY) ?? ''
    } catch {
      return ''
    }
  })
  const [problem, setProblem] = useState<string | null>(null)
  const [joining, setJoining] = useState(false)
  useEffect(() => {
    let live = true
    void checkJoinLink(room, secret).then((c) => live && setCheck(c))
    return () => {
      live = false
    }
  }, [room, secret])
  useEffect(() => {
    document.title = `${t('live.join.title')} — Parcours`
  }, [t])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!check || 'error' in check || joining) return
    const n = name.trim().slice(0, 60)
    if (!n) {
      setProblem(t('live.join.nameMissing'))
      return
    }
    setProblem(null)
    setJoining(true)
    try {
      localStorage.setItem(NAME_KEY, n)
    } catch {
      /* asked again next time */
    }
    void joinRoom(room, secret, check.role, n, () => {
      setJoining(false)
      setCheck({ error: 'badLink' })
    }).then((id) => navigate(boardHref(id)))
  }

  return (
    <main className="join-screen">
      <div className="join-card">
        <div className="join-top">
          <h1>{t('live.join.title')}</h1>
          <LanguageSelect compact />
        </div>
        {!check && <p aria-busy="true">{t('live.join.checking')}</p>}
        {check && 'error' in check && (
          <p role="alert" className="error-text">
            {t(`live.join.${check.error}`)}
          </p>
        )}
        {check && 'role' in check && (
          <form className="join-form" onSubmit={submit} noValidate>
            <p>{t('live.join.intro', { role: t(`live.role.${check.role}`) })}</p>
            <label htmlFor="join-name">{t('live.join.name')}</label>
            <input
              id="join-name"
              autoComplete="name"
              value={name}
              maxLength={60}
              aria-invalid={!!problem}
              aria-describedby={problem ? 'join-problem' : undefined}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            {problem && (
              <p id="join-problem" role="alert" className="error-text">
                {problem}
              </p>
            )}
            <button type="submit" className="primary join-submit" disabled={joining}>
              {joining ? t('live.join.joining') : t('live.join.submit')}
            </button>
            {joining && <p role="status">{t('live.join.waiting')}</p>}
          </form>
        )}
      </div>
    </main>
  )
}
