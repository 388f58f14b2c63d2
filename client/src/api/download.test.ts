import { describe, expect, test } from 'vitest'
import { fileNameOf, fileStem } from './download'

describe('export file names', () => {
  test('prefers the UTF-8 name of content-disposition, else the plain one', () => {
    const utf8 = encodeURIComponent('путь-клиента-roadmap.csv')
    expect(fileNameOf(`attachment; filename="put-klienta-roadmap.csv"; filename*=UTF-8''${utf8}`)).toBe(
      'путь-клиента-roadmap.csv',
    )
    expect(fileNameOf('attachment; filename="roadmap.csv"')).toBe('roadmap.csv')
    expect(fileNameOf(`attachment; filename="a.csv"; filename*=UTF-8''%E0%A4%A`)).toBe('a.csv')
    expect(fileNameOf(null)).toBeNull()
    expect(fileNameOf('inline')).toBeNull()
  })

  test('makes a stem of letters and digits from a board title', () => {
    expect(fileStem('  Путь клиента: Доставка! ')).toBe('путь-клиента-доставка')
    expect(fileStem('!!!')).toBe('board')
  })
})
