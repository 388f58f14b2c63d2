import { describe, expect, it } from 'vitest'
import {
  FanoutType,
  decodeFanoutMessage,
  encodeFanoutMessage,
  formatDocChannel,
  formatEventsChannel,
  readEventsBoardId,
} from './fanoutMessages.ts'

describe('fan-out messages', () => {
  it('round-trips every field, binary payloads included', () => {
    const payload = new Uint8Array([0, 255, 1, 128, 0])
    const message = { instanceId: 'i-1', type: FanoutType.update, seq: 2 ** 40, payload }
    expect(decodeFanoutMessage(encodeFanoutMessage(message))).toEqual(message)
  })

  it('refuses what is not one of its messages (another program on the same Redis)', () => {
    expect(decodeFanoutMessage(new TextEncoder().encode('hello'))).toBeNull()
    expect(decodeFanoutMessage(new Uint8Array(0))).toBeNull()
    const unknownType = encodeFanoutMessage({
      instanceId: 'i',
      type: 99 as FanoutType,
      seq: 0,
      payload: new Uint8Array(),
    })
    expect(decodeFanoutMessage(unknownType)).toBeNull()
    const trailing = Buffer.concat([
      encodeFanoutMessage({ instanceId: 'i', type: 0, seq: 0, payload: new Uint8Array() }),
      Buffer.from([1]),
    ])
    expect(decodeFanoutMessage(trailing)).toBeNull()
  })

  it('names one channel per board document and one per board for its events', () => {
    expect(formatDocChannel('b1', 'board')).toBe('cxmap:b1:board')
    expect(formatDocChannel('b1', 'control')).toBe('cxmap:b1:control')
    expect(readEventsBoardId(formatEventsChannel('b1'))).toBe('b1')
    expect(readEventsBoardId(formatDocChannel('b1', 'board'))).toBeNull()
    expect(readEventsBoardId('cxmap:instances')).toBeNull()
  })
})
