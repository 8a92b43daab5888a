import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { draftsWritten, endDraftAfter, flushDrafts, readDraft, saveDraft } from './drafts'
import { db } from './db'
import type { TextDraft } from '../domain/drafts'
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
