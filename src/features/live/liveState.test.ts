import { describe, expect, it } from 'vitest'
import { colorFor, initials, joinHref, syncUrl } from './liveState'

describe('live session helpers', () => {
  it('initials of a name, for the presence list', () => {
    expect(initials('Ana Lopez')).toBe('AL')
    expect(initials('  émile   zola  durand ')).toBe('ÉZ')
    expect(initials('Ben')).toBe('B')
    expect(initials('   ')).toBe('?')
  })

  it('one colour per person, always the same', () => {
    expect(colorFor('p_abc')).toBe(colorFor('p_abc'))
    expect(colorFor('p_abc')).toMatch(/^#[0-9a-f]{6}$/)
  })

  it('the sync endpoint and the join link of a server', () => {
    expect(syncUrl('http://192.168.1.20:4000/')).toBe('ws://192.168.1.20:4000/sync')
    expect(syncUrl('https://parcours.example.org')).toBe('wss://parcours.example.org/sync')
    expect(joinHref('http://192.168.1.20:4000', 'room', 'secret')).toBe('http://192.168.1.20:4000/#/join/room/secret')
  })
})
