import { describe, expect, test } from 'vitest'
import { layoutPersonaSvg, type PersonaSvgInput } from './personaCardSvgLayout'

// Every glyph 8 units wide.
const measure = (text: string) => text.length * 8
const measures = { name: measure, segment: measure, label: measure, text: measure, moves: measure }

function input(overrides: Partial<PersonaSvgInput> = {}): PersonaSvgInput {
  return {
    name: 'Анна',
    segment: 'Молодые семьи',
    fields: [
      { label: 'Цели', text: 'Купить квартиру' },
      { label: 'Предпочтения', text: '' },
      { label: 'Ограничения', text: 'Бюджет' },
    ],
    moves: '',
    measure: measures,
    ...overrides,
  }
}

describe('layoutPersonaSvg', () => {
  test('lays the filled fields out in order, with upper-case labels, below the header', () => {
    const layout = layoutPersonaSvg(input(), 300, 380)
    expect(layout.name).toEqual(['Анна'])
    expect(layout.sections.map((s) => s.label)).toEqual(['ЦЕЛИ', 'ОГРАНИЧЕНИЯ'])
    expect(layout.sections[0]!.lines.map((l) => l.text)).toEqual(['Купить квартиру'])
    expect(layout.sections[1]!.labelY).toBeGreaterThan(layout.sections[0]!.lines[0]!.y)
    expect(layout.moves).toBeNull()
  })

  test('cuts a long field to three lines and the name to two lines of the width', () => {
    const long = 'слово '.repeat(40)
    const layout = layoutPersonaSvg(
      input({ name: 'Очень длинное имя новой персоны', fields: [{ label: 'Цели', text: long }] }),
      200,
      380,
    )
    expect(layout.sections[0]!.lines).toHaveLength(3)
    expect(layout.sections[0]!.lines[2]!.text.endsWith('…')).toBe(true)
    expect(layout.name).toHaveLength(2)
    expect(layout.name[1]!.endsWith('…')).toBe(true)
    for (const line of layout.name) expect(measure(line)).toBeLessThanOrEqual(200 - 14 - 52 - 12 - 14)
  })

  test('leaves out the fields that do not fit a short card and keeps the "moves to" line at the bottom', () => {
    const layout = layoutPersonaSvg(input({ moves: 'Переход в → Борис' }), 300, 150)
    expect(layout.sections.length).toBeLessThan(2)
    expect(layout.moves).toEqual({ text: 'Переход в → Борис', y: 135 })
    for (const section of layout.sections) {
      for (const line of section.lines) expect(line.y).toBeLessThan(150 - 30)
    }
  })
})
