// Everything this browser keeps, read at once (the workspace backup).
import { db } from './db'
import { readBoardRow } from './rows'
import { readPersona } from './personas'
import type { Board, Persona } from '../domain/types'

export interface StoredWorkspace {
  /** Every board (its measurements inside), in the order they were created. */
  boards: Board[]
  personas: Persona[]
}

/** Every board through the same repairs as opening it (a backup must always be restorable), and every persona. */
export async function readWorkspace(): Promise<StoredWorkspace> {
  return db.transaction('r', db.boards, db.personas, async () => {
    const read = (await db.boards.toArray()).map((row) => readBoardRow(row, row.id))
    read.sort((a, b) => a.createdAt - b.createdAt)
    const personas = (await db.personas.toArray()).map(readPersona).filter((p): p is Persona => !!p)
    return { boards: read.map((r) => r.board), personas }
  })
}
