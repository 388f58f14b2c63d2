import { describe, expect, it } from 'vitest'
import { buildBoardLink, parseBoardLink } from './api.ts'

describe('parseBoardLink', () => {
  it('reads the board and token of a link to the map or to the roadmap', () => {
    const link = buildBoardLink('https://cx.example.com/', 'abc_DEF-1', 'tok')
    expect(link).toBe('https://cx.example.com/b/abc_DEF-1#t=tok')
    expect(parseBoardLink(link)).toEqual({ boardId: 'abc_DEF-1', token: 'tok' })
    expect(parseBoardLink('https://cx.example.com/b/abc/roadmap#t=tok')).toEqual({ boardId: 'abc', token: 'tok' })
    expect(parseBoardLink('/b/abc/roadmap?initiative=x#t=tok')).toEqual({ boardId: 'abc', token: 'tok' })
    expect(parseBoardLink('/b/abc')).toEqual({ boardId: 'abc', token: null })
  })

  it('is null for anything else', () => {
    expect(parseBoardLink('https://cx.example.com/boards/abc#t=tok')).toBeNull()
    expect(parseBoardLink('/b/abc/other#t=tok')).toBeNull()
  })
})
