import { describe, expect, it } from 'vitest'
import { newId } from './id'

describe('newId', () => {
  it('gives distinct ids with the prefix', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId('c_')))
    expect(ids.size).toBe(1000)
    for (const id of ids) expect(id).toMatch(/^c_[0-9a-z]{12}$/)
  })
})
