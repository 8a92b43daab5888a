import { describe, expect, it } from 'vitest'
import { changedTexts, readdCard, setTextAt, soundDraft, targetText, textField, textKeyString } from './drafts'
import * as ops from './operations'
import { journey } from '../../test/boards'

describe('draft targets', () => {
  it('name the text they edit', () => {
    const b = journey()
    expect(targetText(b, { box: 'card', id: 'c3' })).toBe('Picks a seat')
    expect(targetText(b, { box: 'stage', id: 's2' })).toBe('Choose')
    expect(targetText(b, { box: 'lane', id: 'la' })).toBe(b.lanes[0].name)
    expect(targetText(b, { box: 'title' })).toBe('Buying a train ticket')
    expect(targetText(b, { box: 'card', id: 'gone' })).toBeUndefined()
  })

  it('name phase names, arrow labels and the persona situation too (a label or situation not written yet is empty)', () => {
    const b = { ...ops.addPhase(journey(), { id: 'p1', name: 'Before', stageIds: ['s1'] }), links: [{ id: 'k9', from: 'c1', to: 'c2' }] }
    expect(targetText(b, { box: 'phase', id: 'p1' })).toBe('Before')
    expect(targetText(b, { box: 'link', id: 'k9' })).toBe('')
    expect(targetText(b, { box: 'situation' })).toBe('')
    expect(targetText(b, { box: 'link', id: 'gone' })).toBeUndefined()
    expect(setTextAt(b, textField({ box: 'phase', id: 'p1' }, b), 'Prepare').phases![0].name).toBe('Prepare')
    expect(setTextAt(b, textField({ box: 'link', id: 'k9' }, b), 'then').links[0].label).toBe('then')
    expect(setTextAt(b, textField({ box: 'situation' }, b), 'On a train').situation).toBe('On a train')
    for (const target of [{ box: 'phase', id: 'p1' }, { box: 'link', id: 'k9' }, { box: 'situation' }])
      expect(soundDraft({ target, text: 'a', base: '', at: 1 })).toEqual({ target, text: 'a', base: '', at: 1 })
  })

  it('setTextAt puts a text back, and changes nothing when the record is gone', () => {
    const b = journey()
    expect(setTextAt(b, textField({ box: 'card', id: 'c1' }, b), 'Mine').cards[0].text).toBe('Mine')
    expect(setTextAt(b, textField({ box: 'title' }, b), 'My title').title).toBe('My title')
    expect(setTextAt(b, textField({ box: 'stage', id: 's1' }, b), 'Hear of it').stages[0].name).toBe('Hear of it')
    expect(setTextAt(b, { list: 'links', id: 'k2', field: 'label' }, 'after').links[1].label).toBe('after')
    expect(setTextAt(b, textField({ box: 'card', id: 'gone' }, b), 'x')).toBe(b)
  })

  it('changedTexts lists the typed texts an edit changed', () => {
    const b = journey()
    const after = ops.renameStage(ops.updateCard(ops.updateCard(b, 'c1', { text: 'Asks a friend' }), 'c2', { votes: 4 }), 's3', 'Ride')
    expect([...changedTexts(b, after)]).toEqual([
      [textKeyString({ list: 'cards', id: 'c1', field: 'text' }), 'Asks a friend'],
      [textKeyString({ list: 'stages', id: 's3', field: 'name' }), 'Ride'],
    ])
    expect(changedTexts(b, b).size).toBe(0)
  })

  it('readdCard gives back a deleted card with the typed text, where it was', () => {
    const b = journey()
    const gone = ops.deleteCards(b, ['c3'])
    const back = readdCard(gone, b.cards[2], 'Picks a window seat')
    expect(back.cards.find((c) => c.id === 'c3')).toEqual({ ...b.cards[2], text: 'Picks a window seat' })
  })

  it('soundDraft keeps a sound draft and refuses anything else', () => {
    const d = { target: { box: 'stage', id: 's1' }, text: 'a', base: 'b', at: 1 }
    expect(soundDraft(d)).toEqual(d)
    expect(soundDraft({ ...d, target: { box: 'title', id: 'x' } })).toEqual({ ...d, target: { box: 'title' } })
    for (const bad of [null, 'x', { ...d, text: 1 }, { ...d, target: { box: 'card' } }, { ...d, target: { box: 'nope', id: 'x' } }, { ...d, at: 'now' }])
      expect(soundDraft(bad)).toBeNull()
  })
})
