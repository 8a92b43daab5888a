// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  draftsWritten,
  endDraftAfter,
  endPersonaDraftAfter,
  flushDrafts,
  listPersonaDrafts,
  readDraft,
  readPersonaDraft,
  saveDraft,
  savePersonaDraft,
} from './drafts'
import { db } from './db'
import type { TextDraft } from '../domain/drafts'
import type { PersonaDraft, PersonaForm } from '../domain/personaDrafts'
import { dropDatabase, freshDatabase } from '../../test/db'

const draft = (text: string, at = Date.now()): TextDraft => ({ target: { box: 'card', id: 'c1' }, text, base: 'Searches the web', at })

beforeEach(() => {
  freshDatabase()
  localStorage.clear()
})
afterEach(dropDatabase)

describe('drafts', () => {
  it('the last text typed is stored as the board’s draft, and read back', async () => {
    saveDraft('b1', draft('Sea'))
    saveDraft('b1', draft('Searches the station'))
    await draftsWritten()
    expect(await readDraft('b1')).toMatchObject({ text: 'Searches the station', base: 'Searches the web', target: { box: 'card', id: 'c1' } })
    expect(await db.drafts.count()).toBe(1)
    expect(await readDraft('b2')).toBeNull()
  })

  it('an ended edit leaves no draft, even with a write still waiting', async () => {
    saveDraft('b1', draft('first'))
    await draftsWritten()
    saveDraft('b1', draft('second'))
    saveDraft('b1', null)
    await draftsWritten()
    expect(await readDraft('b1')).toBeNull()
    expect(await db.drafts.count()).toBe(0)
  })

  it('a box left keeps its last text as the draft until the board’s write holding it is done', async () => {
    saveDraft('b1', draft('Searches the st')) // still waiting to be written
    let committed = () => {}
    const write = new Promise<void>((r) => (committed = r))
    endDraftAfter('b1', draft('Searches the station'), write, () => true)
    await draftsWritten()
    expect((await readDraft('b1'))!.text).toBe('Searches the station') // at once, not after the delay
    committed()
    await write
    await draftsWritten()
    expect(await readDraft('b1')).toBeNull()
  })

  it('a box left while another one began: the draft is not deleted (the new box’s takes its place)', async () => {
    endDraftAfter('b1', draft('old box'), Promise.resolve(), () => false)
    await draftsWritten()
    expect((await readDraft('b1'))!.text).toBe('old box')
  })

  it('a tab going away journals the waiting draft synchronously; the newer of the two is read', async () => {
    saveDraft('b1', draft('stored', 1000))
    await draftsWritten()
    saveDraft('b1', draft('typed as the tab closed', 2000))
    void flushDrafts()
    expect(JSON.parse(localStorage.getItem('parcours:draft:b1')!).text).toBe('typed as the tab closed')
    await draftsWritten()
    // the IndexedDB write did not end (the tab died): the journal still gives the text back
    await db.drafts.put({ boardId: 'b1', draft: draft('stored', 1000) })
    expect((await readDraft('b1'))!.text).toBe('typed as the tab closed')
  })

  it('a malformed stored draft is no draft', async () => {
    await db.drafts.put({ boardId: 'b1', draft: { target: { box: 'card' }, text: 3 } as never })
    localStorage.setItem('parcours:draft:b1', '{oops')
    expect(await readDraft('b1')).toBeNull()
  })
})

describe('persona drafts', () => {
  const form = (name: string, quote = ''): PersonaForm => ({
    name,
    role: '',
    age: '',
    summary: '',
    quote,
    goals: '',
    frustrations: '',
    behaviours: '',
    digital: '',
    primary: false,
    photo: '',
  })
  const pd = (personaId: string | null, quote: string, at = Date.now()): PersonaDraft => ({
    personaId,
    form: form('Léa', quote),
    base: form('Léa'),
    field: 'quote',
    at,
  })

  it('a persona form is kept as typed, per persona (and one for a new persona), apart from the boards’ drafts', async () => {
    saveDraft('b1', draft('card text'))
    savePersonaDraft('p1', pd('p1', 'Wants'))
    savePersonaDraft('p1', pd('p1', 'Wants a person'))
    savePersonaDraft(null, pd(null, 'New one'))
    await draftsWritten()
    expect((await readPersonaDraft('p1'))!.form.quote).toBe('Wants a person')
    expect((await readPersonaDraft(null))!.form.quote).toBe('New one')
    expect(await readPersonaDraft('p2')).toBeNull()
    expect((await listPersonaDrafts()).map((d) => d.personaId).sort()).toEqual([null, 'p1'].sort())
    expect((await readDraft('b1'))!.text).toBe('card text')
    expect(await db.drafts.count()).toBe(3)
  })

  it('a form saved: its last state stays the draft until the persona is written, then it is deleted', async () => {
    savePersonaDraft('p1', pd('p1', 'Wants a pe')) // still waiting
    let written = () => {}
    const write = new Promise<void>((r) => (written = r))
    endPersonaDraftAfter('p1', pd('p1', 'Wants a person'), write)
    await draftsWritten()
    expect((await readPersonaDraft('p1'))!.form.quote).toBe('Wants a person')
    written()
    await write
    expect(await listPersonaDrafts()).toEqual([])
  })

  it('a save that fails leaves the draft', async () => {
    endPersonaDraftAfter('p1', pd('p1', 'kept'), Promise.reject(new Error('quota')))
    await draftsWritten()
    expect((await readPersonaDraft('p1'))!.form.quote).toBe('kept')
  })

  it('a tab going away journals the persona form; a malformed one is no draft', async () => {
    savePersonaDraft('p1', pd('p1', 'typed as the tab closed'))
    void flushDrafts()
    await db.drafts.clear() // the IndexedDB write never ended
    expect((await listPersonaDrafts()).map((d) => d.form.quote)).toEqual(['typed as the tab closed'])
    localStorage.setItem('parcours:draft:persona:p2', '{oops')
    await db.drafts.put({ boardId: 'persona:p3', draft: { personaId: 'p3', form: 3 } as never })
    await db.drafts.put({ boardId: 'persona:p4', draft: pd('p5', 'under the wrong key') })
    expect(await readPersonaDraft('p2')).toBeNull()
    expect(await readPersonaDraft('p3')).toBeNull()
    expect(await readPersonaDraft('p4')).toBeNull()
    expect((await listPersonaDrafts()).map((d) => d.personaId)).toEqual(['p1'])
  })
})
