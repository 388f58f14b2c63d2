import { describe, expect, it } from 'vitest'
import { ApiRequestError } from '../../api/client'
import { classifyCreateFailure } from './createFailure'

describe('classifyCreateFailure', () => {
  it('tells a missing creator key from a wrong one', () => {
    expect(classifyCreateFailure(new ApiRequestError('creator_key_required', 'x', 401))).toEqual({
      kind: 'keyRequired',
    })
    expect(classifyCreateFailure(new ApiRequestError('creator_key_invalid', 'x', 403))).toEqual({ kind: 'keyInvalid' })
  })

  it('turns Retry-After into whole minutes, at least one', () => {
    const limited = (seconds?: number) => new ApiRequestError('rate_limited', 'x', 429, seconds)
    expect(classifyCreateFailure(limited(3599))).toEqual({ kind: 'tooMany', minutes: 60 })
    expect(classifyCreateFailure(limited(61))).toEqual({ kind: 'tooMany', minutes: 2 })
    expect(classifyCreateFailure(limited(5))).toEqual({ kind: 'tooMany', minutes: 1 })
    expect(classifyCreateFailure(limited())).toEqual({ kind: 'tooMany', minutes: 60 })
  })

  it('leaves every other failure to the generic API message', () => {
    const network = new ApiRequestError('network', 'offline')
    expect(classifyCreateFailure(network)).toEqual({ kind: 'other', error: network })
    expect(classifyCreateFailure(new Error('boom')).kind).toBe('other')
  })
})
