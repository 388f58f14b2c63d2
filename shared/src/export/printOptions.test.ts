import { describe, expect, it } from 'vitest'
import { formatPrintQuery, pageSizeMm, parsePrintQuery, PRINT_SECTIONS } from './printOptions.ts'

describe('print options', () => {
  it('fills in the defaults and keeps the sections in document order', () => {
    expect(parsePrintQuery({}, 'ru')).toEqual({
      size: 'A4',
      orientation: 'landscape',
      lang: 'ru',
      sections: [...PRINT_SECTIONS],
    })
    const options = parsePrintQuery({ size: 'A3', lang: 'en', sections: 'roadmap, cover' }, 'ru')
    expect(options).toEqual({ size: 'A3', orientation: 'landscape', lang: 'en', sections: ['cover', 'roadmap'] })
    expect(parsePrintQuery(Object.fromEntries(new URLSearchParams(formatPrintQuery(options))), 'ru')).toEqual(options)
  })

  it('refuses unknown sizes and sections with a message', () => {
    expect(() => parsePrintQuery({ size: 'Letter' }, 'en')).toThrow()
    expect(() => parsePrintQuery({ sections: 'cover,posters' }, 'en')).toThrow(/unknown sections: posters/)
    expect(() => parsePrintQuery({ sections: ' , ' }, 'en')).toThrow(/at least one section/)
  })

  it('turns the paper for landscape', () => {
    expect(pageSizeMm('A4', 'landscape')).toEqual({ w: 297, h: 210 })
    expect(pageSizeMm('A3', 'portrait')).toEqual({ w: 297, h: 420 })
  })
})
