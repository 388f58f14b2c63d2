import { describe, expect, it } from 'vitest'
import { ApiRequestError } from '../api/client'
import { describeAdminFailure } from './adminErrors'

describe('describeAdminFailure', () => {
  it('sends the admin back to the token form when the token is wrong or the API is off', () => {
    const list = { isList: true }
    expect(describeAdminFailure(new ApiRequestError('forbidden', 'x', 403), list)).toEqual({
      key: 'login.wrong',
      isTokenProblem: true,
    })
    expect(describeAdminFailure(new ApiRequestError('not_found', 'x', 404), list).key).toBe('login.off')
    expect(describeAdminFailure(new ApiRequestError('rate_limited', 'x', 429, 42), list)).toEqual({
      key: 'login.tooMany',
      vars: { seconds: 42 },
      isTokenProblem: true,
    })
  })

  it('keeps the list for a board that is already gone or a server error', () => {
    const gone = describeAdminFailure(new ApiRequestError('not_found', 'Board not found', 404), { isList: false })
    expect(gone).toEqual({ key: 'failed', vars: { message: 'Board not found' }, isTokenProblem: false })
    expect(describeAdminFailure(new ApiRequestError('network', 'offline'), { isList: true }).isTokenProblem).toBe(false)
  })
})
