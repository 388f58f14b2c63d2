import { describe, expect, test } from 'vitest'
import { boardViewPath, matchRoute } from './navigation'

describe('matchRoute', () => {
  test('reads the home and board routes', () => {
    expect(matchRoute('/')).toEqual({ page: 'home' })
    expect(matchRoute('/b/abc_DEF-123')).toEqual({ page: 'board', boardId: 'abc_DEF-123', view: 'canvas' })
    expect(matchRoute('/b/abc/')).toEqual({ page: 'board', boardId: 'abc', view: 'canvas' })
    expect(matchRoute('/b/abc/roadmap')).toEqual({ page: 'board', boardId: 'abc', view: 'roadmap' })
    expect(matchRoute('/b/abc/roadmap/')).toEqual({ page: 'board', boardId: 'abc', view: 'roadmap' })
    expect(matchRoute('/b/abc/strategy')).toEqual({ page: 'board', boardId: 'abc', view: 'strategy' })
    expect(matchRoute('/b/abc/strategy/')).toEqual({ page: 'board', boardId: 'abc', view: 'strategy' })
    expect(matchRoute('/b/abc/print')).toEqual({ page: 'print', boardId: 'abc' })
    expect(matchRoute('/admin')).toEqual({ page: 'admin' })
  })

  test('anything else is not found', () => {
    expect(matchRoute('/b/')).toEqual({ page: 'notFound' })
    expect(matchRoute('/b/a/b')).toEqual({ page: 'notFound' })
    expect(matchRoute('/b/a/roadmap/x')).toEqual({ page: 'notFound' })
    expect(matchRoute('/b/a/strategyx')).toEqual({ page: 'notFound' })
    expect(matchRoute('/b/a%20b')).toEqual({ page: 'notFound' })
    expect(matchRoute('/boards')).toEqual({ page: 'notFound' })
    expect(matchRoute('/admin/boards')).toEqual({ page: 'notFound' })
  })
})

describe('boardViewPath', () => {
  test('addresses each view of a board', () => {
    expect(boardViewPath('abc', 'canvas')).toBe('/b/abc')
    expect(boardViewPath('abc', 'roadmap', { initiativeId: 'i 1' })).toBe('/b/abc/roadmap?initiative=i%201')
    expect(boardViewPath('abc', 'strategy')).toBe('/b/abc/strategy')
  })
})
