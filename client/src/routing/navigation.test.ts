import { describe, expect, test } from 'vitest'
import { matchRoute } from './navigation'

describe('matchRoute', () => {
  test('reads the home and board routes', () => {
    expect(matchRoute('/')).toEqual({ page: 'home' })
    expect(matchRoute('/b/abc_DEF-123')).toEqual({ page: 'board', boardId: 'abc_DEF-123' })
    expect(matchRoute('/b/abc/')).toEqual({ page: 'board', boardId: 'abc' })
  })

  test('anything else is not found', () => {
    expect(matchRoute('/b/')).toEqual({ page: 'notFound' })
    expect(matchRoute('/b/a/b')).toEqual({ page: 'notFound' })
    expect(matchRoute('/b/a%20b')).toEqual({ page: 'notFound' })
    expect(matchRoute('/boards')).toEqual({ page: 'notFound' })
  })
})
