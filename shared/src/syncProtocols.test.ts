import { describe, expect, it } from 'vitest'
import { buildSyncProtocols, isSubprotocolSafeToken, readSyncProtocolToken } from './syncProtocols.ts'

describe('sync subprotocols', () => {
  it('offers cxmap-sync and the token, and reads the token back from the header', () => {
    const token = 'aB3_-x9'
    const protocols = buildSyncProtocols(token)
    expect(protocols).toEqual(['cxmap-sync', `cxmap-token.${token}`])
    expect(readSyncProtocolToken(protocols.join(', '))).toBe(token)
    expect(readSyncProtocolToken(`cxmap-token.${token},cxmap-sync`)).toBe(token)
  })

  it('accepts base64url tokens only', () => {
    expect(isSubprotocolSafeToken('Zm9v_YmFy-')).toBe(true)
    for (const bad of ['', 'a+b', 'a/b', 'a=', 'a b', 'a,b', 'ключ']) {
      expect(isSubprotocolSafeToken(bad)).toBe(false)
      expect(() => buildSyncProtocols(bad)).toThrow(/base64url/)
    }
  })

  it('finds no token in a missing header, a plain offer or an empty token', () => {
    expect(readSyncProtocolToken(undefined)).toBeNull()
    expect(readSyncProtocolToken('')).toBeNull()
    expect(readSyncProtocolToken('cxmap-sync')).toBeNull()
    expect(readSyncProtocolToken('cxmap-sync, cxmap-token.')).toBeNull()
  })
})
