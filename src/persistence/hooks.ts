// Live reads for React (Dexie live queries): a write anywhere — this tab, another tab — shows
// at once on every list and board that reads it.
import { useEffect, useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { sortPersonas } from '../domain/personas'
import type { Id, Persona } from '../domain/types'
import { listBoards, repairBoards, type BoardSummary } from './boards'
import { boardUsage, findPersonas, listPersonas } from './personas'

/** Every stored board for the home list, the last edited first (undefined while loading).
 * Rows read repaired are written back once. */
export function useBoardSummaries(): BoardSummary[] | undefined {
  const listing = useLiveQuery(() => listBoards(), [])
  const repair = listing?.needRepair.join('\n') ?? ''
  useEffect(() => {
    if (repair) void repairBoards(repair.split('\n')).catch(() => {})
  }, [repair])
  return listing?.boards
}

// The last record read for each id (null: known not to exist). The export canvas draws the
// header card off-screen and must not wait for a query: it starts from what the live board
// has already read.
const seen = new Map<Id, Persona | null>()

export interface BoardPersonas {
  /** The board's personas that exist, in the board's order. */
  personas: Persona[]
  /** Ids the board names but the library no longer has. */
  missing: Id[]
  loading: boolean
}

export function useBoardPersonas(ids: readonly Id[]): BoardPersonas {
  const key = JSON.stringify(ids)
  const known = useMemo(() => {
    const list = JSON.parse(key) as Id[]
    return list.every((id) => seen.has(id)) ? list.map((id) => seen.get(id) ?? undefined) : undefined
  }, [key])
  const rows = useLiveQuery(
    async () => {
      const list = JSON.parse(key) as Id[]
      const found = await findPersonas(list)
      list.forEach((id, i) => seen.set(id, found[i] ?? null))
      return found
    },
    [key],
    known,
  )
  return useMemo(() => {
    const list = JSON.parse(key) as Id[]
    if (!rows) return { personas: [], missing: [], loading: true }
    return {
      personas: rows.filter((p): p is Persona => !!p),
      missing: list.filter((_, i) => !rows[i]),
      loading: false,
    }
  }, [rows, key])
}

/** Every persona of the library, primary first then by name. */
export function useLibrary(locale?: string): Persona[] | undefined {
  const rows = useLiveQuery(() => listPersonas(), [])
  return useMemo(() => rows && sortPersonas(rows, locale), [rows, locale])
}

/** How many stored boards use each persona. */
export function useBoardUsage(): Map<Id, number> | undefined {
  return useLiveQuery(() => boardUsage(), [])
}
