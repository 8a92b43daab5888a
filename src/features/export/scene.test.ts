// What an exported image shows of the emotion curve when it is a slice of the board.
import { describe, expect, it } from 'vitest'
import type { Board } from '../../domain/types'
import { imageScene } from './imageExport'
import type { LaneNode, StageNode } from '../../canvas/toFlow'

const board: Board = {
  id: 'b', title: 'Curve', kind: 'journey',
  stages: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, name: id.toUpperCase() })),
  lanes: [{ id: 'act', name: 'Actions', role: 'actions' }, { id: 'emo', name: 'Emotions', role: 'emotions' }],
  cards: [], links: [],
  // the lowest point is on stage E, the end on F
  emotions: [['a', 1], ['b', -1], ['c', 2], ['d', 0], ['e', -3], ['f', 2]].map(([stageId, value]) => ({ stageId: stageId as string, value: value as number })),
}
const emotionLane = (nodes: ReturnType<typeof imageScene>['nodes']) => nodes.find((n) => n.type === 'lane' && (n as LaneNode).data.lane.role === 'emotions') as LaneNode

describe('slices of a board with an emotion curve', () => {
  it('keep the whole journey’s lowest point and end, not their own', () => {
    const first = emotionLane(imageScene(board, { range: { from: 0, to: 2 } }).nodes)
    expect(first.data.emotionMarks).toEqual({ lowest: 'e', end: 'f' })
    expect(first.data.stages.map((s) => s.id)).toEqual(['a', 'b', 'c'])
  })

  it('keep the whole board’s stage numbers', () => {
    const second = imageScene(board, { range: { from: 3, to: 5 } }).nodes.filter((n) => n.type === 'stage') as StageNode[]
    expect(second.map((n) => n.data.index + 1 + (n.data.numberOffset ?? 0))).toEqual([4, 5, 6])
  })

  it('the whole board marks its own', () => {
    expect(emotionLane(imageScene(board, {}).nodes).data.emotionMarks).toBeUndefined()
  })
})
