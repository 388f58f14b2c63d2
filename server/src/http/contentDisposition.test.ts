import { describe, expect, it } from 'vitest'
import { formatAttachmentDisposition, slugifyTitle, toAsciiSlug } from './contentDisposition.ts'

describe('export file names', () => {
  it('slugs a title to lower-case words joined by dashes, keeping non-Latin letters', () => {
    expect(slugifyTitle('  Onboarding Journey (Q3)! ', 'journey')).toBe('onboarding-journey-q3')
    expect(slugifyTitle('Путь клиента: «Ёлка»', 'journey')).toBe('путь-клиента-ёлка')
    expect(slugifyTitle('!!! ???', 'journey')).toBe('journey')
    expect(slugifyTitle('a'.repeat(100), 'journey')).toHaveLength(80)
  })

  it('transliterates Russian for the ASCII name and drops what has no ASCII form', () => {
    expect(toAsciiSlug('подъезд-объём-щука-йошкар-ола', 'journey')).toBe('podezd-obem-shchuka-yoshkar-ola')
    expect(toAsciiSlug('café-déjà-vu', 'journey')).toBe('cafe-deja-vu')
    expect(toAsciiSlug('東京-2', 'journey')).toBe('2')
    expect(toAsciiSlug('東京', 'journey')).toBe('journey')
  })

  it('adds an RFC 5987 filename* only when the name is not plain ASCII', () => {
    expect(formatAttachmentDisposition('q3-map', 'csv', 'journey')).toBe('attachment; filename="q3-map.csv"')
    expect(formatAttachmentDisposition('карта', 'csv', 'journey')).toBe(
      `attachment; filename="karta.csv"; filename*=UTF-8''%D0%BA%D0%B0%D1%80%D1%82%D0%B0.csv`,
    )
  })
})
