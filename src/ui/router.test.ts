import { describe, expect, it } from 'vitest'
import { boardHref, parseRoute } from './router'

describe('parseRoute', () => {
  it('reads a board address, whatever its id holds', () => {
    expect(parseRoute(boardHref('b_1 é/x'))).toEqual({ name: 'board', id: 'b_1 é/x' })
    expect(parseRoute('#/')).toEqual({ name: 'home' })
    expect(parseRoute('')).toEqual({ name: 'home' })
  })

  it('never throws on a malformed address: it names a board that is not there', () => {
    expect(parseRoute('#/board/%E0%A4%A')).toEqual({ name: 'board', id: '%E0%A4%A' })
    expect(parseRoute('#/board/%')).toEqual({ name: 'board', id: '%' })
  })
})
