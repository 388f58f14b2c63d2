import { describe, expect, test } from 'vitest'
import { getShareLinks } from './shareLinks'

const serverLinks = {
  facilitator: 'http://internal:8080/b/board1#t=fac',
  editor: 'http://internal:8080/b/board1#t=edi',
  viewer: 'http://internal:8080/b/board1#t=vie',
}

describe('getShareLinks', () => {
  test('a facilitator shares all three links, rebuilt on the page origin', () => {
    expect(getShareLinks('https://cx.example', 'board1', 'facilitator', 'fac', serverLinks)).toEqual([
      { role: 'facilitator', url: 'https://cx.example/b/board1#t=fac' },
      { role: 'editor', url: 'https://cx.example/b/board1#t=edi' },
      { role: 'viewer', url: 'https://cx.example/b/board1#t=vie' },
    ])
  })

  test('an editor shares its own and the viewer link only', () => {
    const links = getShareLinks('https://cx.example', 'board1', 'editor', 'edi', { viewer: serverLinks.viewer })
    expect(links.map((link) => link.role)).toEqual(['editor', 'viewer'])
  })

  test('a viewer shares its own link even when the server sent none', () => {
    expect(getShareLinks('https://cx.example', 'board1', 'viewer', 'vie', {})).toEqual([
      { role: 'viewer', url: 'https://cx.example/b/board1#t=vie' },
    ])
  })

  test('a stronger role sent by mistake is not shown to a weaker one', () => {
    const links = getShareLinks('https://cx.example', 'board1', 'viewer', 'vie', serverLinks)
    expect(links.map((link) => link.role)).toEqual(['viewer'])
  })
})
