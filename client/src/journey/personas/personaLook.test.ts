import type { TLAsset } from 'tldraw'
import { describe, expect, test } from 'vitest'
import { getPersonaInitials, listBoardImages, pickPersonaColor } from './personaLook'

describe('getPersonaInitials', () => {
  test('the first letters of the first two words, upper case', () => {
    expect(getPersonaInitials('Анна Петрова')).toBe('АП')
    expect(getPersonaInitials('  young family with kids ')).toBe('YF')
    expect(getPersonaInitials('Олег')).toBe('О')
    expect(getPersonaInitials('')).toBe('')
  })
})

describe('listBoardImages', () => {
  const image = (id: string, src: string | null) =>
    ({
      id,
      type: 'image',
      typeName: 'asset',
      props: { src, name: `${id}.png`, w: 1, h: 1, mimeType: 'image/png', isAnimated: false },
      meta: {},
    }) as unknown as TLAsset
  test('keeps images with a source only', () => {
    const video = { ...image('asset:v', 'data:video'), type: 'video' } as unknown as TLAsset
    expect(listBoardImages([image('asset:a', 'data:image/png;base64,AA'), image('asset:b', null), video])).toEqual([
      { id: 'asset:a', src: 'data:image/png;base64,AA', name: 'asset:a.png' },
    ])
  })
})

describe('pickPersonaColor', () => {
  test('the first free colour, then round the palette', () => {
    expect(pickPersonaColor(['#111111', '#222222'], [])).toBe('#111111')
    expect(pickPersonaColor(['#111111', '#222222'], ['#111111'])).toBe('#222222')
    expect(pickPersonaColor(['#111111', '#222222'], ['#111111', '#222222', '#333333'])).toBe('#222222')
  })
})
