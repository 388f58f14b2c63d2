import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { findSectionPages, locateSections } from './sectionPages.ts'

// Printed once by Chromium (`page.pdf({outline: true, tagged: true})`): four A4 landscape pages whose headings are
// `§1 Титульный лист`, `§2 Содержание`, `§3 Доска целиком`, and a fourth page whose `§4` is plain text, not a heading.
const FIXTURE = new URL('./fixtures/sections.pdf', import.meta.url)

const SECTIONS = [
  { id: 'cover', marker: '§1' },
  { id: 'contents', marker: '§2' },
  { id: 'board', marker: '§3' },
  { id: 'grids', marker: '§4' },
  { id: 'roadmap', marker: '§12' },
]

describe('locateSections', () => {
  it('finds the page each section starts on', () => {
    const pages = [
      '§1 Доставка 22 ноября 2026',
      '§2 Содержание Доска … Сетки …',
      '§3 Вся доска',
      '§4 Сетка «Базовая CJM» (1 из 3)',
      'Сетка «Базовая CJM» (2 из 3)',
      'Сетка «Базовая CJM» (3 из 3)',
      '§12 Дорожная карта',
    ]
    expect(locateSections(pages, SECTIONS)).toEqual({ cover: 1, contents: 2, board: 3, grids: 4, roadmap: 7 })
  })

  it('matches a marker as a whole token only', () => {
    const pages = ['§1 title', 'costs §120', 'see §12a', '§12']
    expect(locateSections(pages, [{ id: 'x', marker: '§12' }])).toEqual({ x: 4 })
    expect(locateSections(['x§3y', '§3.'], [{ id: 'b', marker: '§3' }])).toEqual({ b: 2 })
  })

  it('searches from the previous section’s page on, so text earlier in the document cannot claim a later marker', () => {
    const pages = ['§1 Доставка §3 (board title)', '§2 Содержание', '§3 Доска']
    expect(locateSections(pages, SECTIONS.slice(0, 3))).toEqual({ cover: 1, contents: 2, board: 3 })
  })

  it('tolerates text runs split or joined by the extractor, and leaves out sections not found', () => {
    const pages = ['CX Map · section  A-1\nheading', 'nothing']
    expect(
      locateSections(pages, [
        { id: 'a', marker: 'section A-1' },
        { id: 'b', marker: '[[b]]' },
      ]),
    ).toEqual({ a: 1 })
    expect(locateSections(['sectionA-1'], [{ id: 'a', marker: 'section A-1' }])).toEqual({ a: 1 })
    expect(locateSections(['x'], [{ id: 'empty', marker: '  ' }])).toEqual({})
  })
})

describe('findSectionPages', () => {
  it('reads the pages from the PDF’s outline, and from the pages’ text for a marker outside every heading', async () => {
    const pdf = new Uint8Array(await readFile(FIXTURE))
    const headings = [
      { id: 'cover', marker: '§1' },
      { id: 'contents', marker: '§2' },
      { id: 'board', marker: '§3' },
    ]
    expect(await findSectionPages(pdf, headings)).toEqual({ cover: 1, contents: 2, board: 3 })
    expect(await findSectionPages(pdf, [...headings, { id: 'roadmap', marker: '§4' }])).toEqual({
      cover: 1,
      contents: 2,
      board: 3,
      roadmap: 4,
    })
    expect(await findSectionPages(pdf, [{ id: 'missing', marker: '§9' }])).toEqual({})
    // The caller's buffer is not detached by pdf.js.
    expect(pdf.byteLength).toBeGreaterThan(0)
  })
})
