import { describe, expect, test } from 'vitest'
import { deriveStatus } from './connection'

describe('deriveStatus', () => {
  test('is connected only while synced, online and not refused', () => {
    expect(deriveStatus({ isSynced: true, isOnline: true, closeReason: null })).toBe('connected')
  })

  test('is reconnecting while online and not (yet) synced', () => {
    expect(deriveStatus({ isSynced: false, isOnline: true, closeReason: null })).toBe('reconnecting')
  })

  test('is offline when the browser is offline, whatever the socket says', () => {
    expect(deriveStatus({ isSynced: true, isOnline: false, closeReason: null })).toBe('offline')
    expect(deriveStatus({ isSynced: false, isOnline: false, closeReason: null })).toBe('offline')
  })

  test('is offline after a fatal close, since y-websocket stops retrying', () => {
    expect(deriveStatus({ isSynced: false, isOnline: true, closeReason: 'forbidden' })).toBe('offline')
  })
})
