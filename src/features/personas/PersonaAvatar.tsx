// A persona's photo, or their initials on a colour of their own when there is none.
import { useTranslation } from 'react-i18next'
import { initials } from '../../domain/personas'
import type { Persona } from '../../domain/types'
import { visibleText } from '../../domain/text'

// Dark enough for white initials (contrast ≥ 4.5:1), distinct in greyscale print too.
const COLORS = ['#1d4ed8', '#7c2d92', '#0f766e', '#b45309', '#be123c', '#374151', '#4d7c0f', '#9a3412']

function colorOf(id: string): string {
  let h = 0
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return COLORS[h % COLORS.length]
}

export function PersonaAvatar({ persona, size, photo }: { persona: Pick<Persona, 'id' | 'name' | 'photo'>; size: number; photo?: string }) {
  const { t } = useTranslation()
  const src = photo ?? persona.photo
  const style = { width: size, height: size, minWidth: size }
  if (src)
    return (
      <img
        className="persona-avatar"
        src={src}
        alt={t('personas.photoAlt', { name: persona.name })}
        width={size}
        height={size}
        style={style}
        draggable={false}
      />
    )
  return (
    <span className="persona-avatar is-initials" aria-hidden style={{ ...style, background: colorOf(persona.id), fontSize: Math.round(size * 0.38) }}>
      {initials(visibleText(persona.name))}
    </span>
  )
}
