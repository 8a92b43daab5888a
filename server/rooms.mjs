// @ts-check
// The rooms of live sessions: an id nobody can guess and three secrets (facilitator,
// participant, viewer), kept hashed in one JSON file written atomically, so a restart of the
// server keeps every open room. The secrets travel in the URL fragment of the join links and
// reach the server only as a connection's token.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** @typedef {'facilitator' | 'participant' | 'viewer'} Role */
/** @typedef {{ id: string, createdAt: number, closedAt?: number, hashes: Record<Role, string> }} Room */

export const ROLES = /** @type {const} */ (['facilitator', 'participant', 'viewer'])
/** 128 random bits, URL-safe. */
export const token = () => randomBytes(16).toString('base64url')
const hash = (/** @type {string} */ s) => createHash('sha256').update(s).digest('hex')
export const ROOM_ID = /^[A-Za-z0-9_-]{22}$/

/** Write a file so that a crash leaves either the old or the new content, never half of one. */
export function writeAtomic(file, data) {
  mkdirSync(dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  writeFileSync(tmp, data)
  renameSync(tmp, file)
}

export class Rooms {
  /** @param {string} dataDir */
  constructor(dataDir) {
    this.file = join(dataDir, 'rooms.json')
    /** @type {Map<string, Room>} */
    this.rooms = new Map()
    try {
      const list = JSON.parse(readFileSync(this.file, 'utf8'))
      for (const r of Array.isArray(list) ? list : []) if (r && ROOM_ID.test(r.id)) this.rooms.set(r.id, r)
    } catch {
      /* no rooms yet */
    }
  }

  save() {
    writeAtomic(this.file, JSON.stringify([...this.rooms.values()], null, 1))
  }

  /** A new room: its id and its three secrets (returned once, kept only hashed). */
  create() {
    const id = token()
    /** @type {Record<Role, string>} */
    const secrets = { facilitator: token(), participant: token(), viewer: token() }
    this.rooms.set(id, {
      id,
      createdAt: Date.now(),
      hashes: { facilitator: hash(secrets.facilitator), participant: hash(secrets.participant), viewer: hash(secrets.viewer) },
    })
    this.save()
    return { id, secrets }
  }

  /** @param {string} id */
  get(id) {
    return this.rooms.get(id)
  }

  /**
   * Which role a secret gives in a room, or null (unknown room, closed room, wrong secret).
   * @param {string} id @param {string} secret @returns {Role | null}
   */
  roleOf(id, secret) {
    const room = this.rooms.get(id)
    if (!room || room.closedAt || typeof secret !== 'string' || secret.length > 200) return null
    const h = Buffer.from(hash(secret), 'hex')
    for (const role of ROLES) if (timingSafeEqual(h, Buffer.from(room.hashes[role], 'hex'))) return role
    return null
  }

  /** @param {string} id */
  close(id) {
    const room = this.rooms.get(id)
    if (!room || room.closedAt) return false
    room.closedAt = Date.now()
    this.save()
    return true
  }
}
