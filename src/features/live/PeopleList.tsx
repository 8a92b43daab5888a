// Who is in the room: each person's initials on their colour, with their name and role for
// screen readers and in the tooltip.
import { useTranslation } from 'react-i18next'
import type { Presence } from '../../sync/liveSession'
import { initials } from './liveState'

export function PeopleList({ peers, me }: { peers: Presence[]; me: number | null }) {
  const { t } = useTranslation()
  const names = peers.map((p) => (p.client === me ? t('live.you', { name: p.name }) : p.name))
  return (
    <ul className="live-people" aria-label={t('live.people', { names: names.join(', ') })}>
      {peers.map((p) => (
        <li
          key={p.client}
          className={`live-person is-${p.role}`}
          style={{ background: p.color }}
          title={`${p.client === me ? t('live.you', { name: p.name }) : p.name} — ${t(`live.role.${p.role}`)}`}
        >
          <span aria-hidden>{initials(p.name)}</span>
          <span className="sr-only">
            {p.client === me ? t('live.you', { name: p.name }) : p.name} ({t(`live.role.${p.role}`)})
          </span>
        </li>
      ))}
    </ul>
  )
}
