import { describe, expect, it } from 'vitest'
import { formatLoopbackOrigin } from './loopbackOrigin.ts'

describe('formatLoopbackOrigin', () => {
  it('uses loopback for the wildcard addresses and the address itself otherwise', () => {
    expect(formatLoopbackOrigin('0.0.0.0', 8080)).toBe('http://127.0.0.1:8080')
    expect(formatLoopbackOrigin('localhost', 8080)).toBe('http://127.0.0.1:8080')
    expect(formatLoopbackOrigin('::', 8080)).toBe('http://[::1]:8080')
    expect(formatLoopbackOrigin('127.0.0.1', 41234)).toBe('http://127.0.0.1:41234')
    expect(formatLoopbackOrigin('10.1.2.3', 80)).toBe('http://10.1.2.3:80')
    expect(formatLoopbackOrigin('fd00::5', 8080)).toBe('http://[fd00::5]:8080')
  })
})
