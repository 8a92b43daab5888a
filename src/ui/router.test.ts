import { describe, expect, it } from 'vitest'
import { parseRoute } from './router'

describe('routes', () => {
  it('reads the board, the join link and the home addresses', () => {
    expect(parseRoute('#/board/b_1')).toEqual({ name: 'board', id: 'b_1' })
    expect(parseRoute('#/join/h4_GE7O4aHvNpI9abcdefg/s3cr3t-_x')).toEqual({ name: 'join', room: 'h4_GE7O4aHvNpI9abcdefg', secret: 's3cr3t-_x' })
    expect(parseRoute('#/join/only-a-room')).toEqual({ name: 'home' })
    expect(parseRoute('')).toEqual({ name: 'home' })
  })
})
