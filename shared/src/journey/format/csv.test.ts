import { describe, expect, test } from 'vitest'
import { createCardProps, JOURNEY_CARD_TYPE } from '../card.ts'
import { createShapeRecord } from '../shapeRecord.ts'
import { CARD_KINDS } from '../cardKind.ts'
import { CSV_CARD_KIND_NAMES, formatJourneyCsv, JOURNEY_CSV_COLUMNS } from './csv.ts'
import { CSV_BOM, formatCsvNumber, getCsvSeparator, quoteCsvField } from './csvDialect.ts'
import type { Journey, JourneyCardOut } from './journey.ts'
import { readJourney } from './readJourney.ts'

function cardOut(id: string, fields: Partial<JourneyCardOut> = {}): JourneyCardOut {
  return {
    id,
    kind: 'note',
    text: '',
    departmentId: '',
    departmentName: '',
    authorName: '',
    links: [],
    votes: 0,
    personaId: '',
    valueCreated: '',
    valueCaptured: '',
    paidService: '',
    revenue: 0,
    ...fields,
  }
}

const journey: Journey = {
  version: 1,
  grids: [
    {
      id: 'shape:g',
      title: 'Базовый CJM',
      pageId: 'page:page',
      personaIds: [],
      x: 0,
      y: 0,
      stages: [
        { id: 's1', title: 'Стимул', index: 0, metrics: [] },
        { id: 's2', title: 'Сбор информации', index: 1, metrics: [] },
      ],
      lanes: [
        { id: 'l1', title: 'Чувства клиента', cardKind: 'feeling', prompt: '' },
        { id: 'l2', title: 'Барьеры', cardKind: 'barrier', prompt: '' },
      ],
      cells: [
        { stageId: 's1', laneId: 'l1', heat: 0, cards: [cardOut('a', { kind: 'feeling', score: -2, text: 'Злится' })] },
        { stageId: 's1', laneId: 'l2', heat: 0, cards: [] },
        { stageId: 's2', laneId: 'l1', heat: 0, cards: [] },
        {
          stageId: 's2',
          laneId: 'l2',
          heat: 4,
          cards: [
            cardOut('b', {
              kind: 'barrier',
              severity: 4,
              text: 'Долго, дорого, "сложно"\nи непонятно',
              departmentId: 'sales',
              departmentName: 'Продажи',
              authorName: ' Анна ',
              votes: 3,
            }),
          ],
        },
      ],
      emotion: [],
      heat: { max: 4 },
    },
  ],
  freeCards: [cardOut('c', { text: 'Идея, без места', departmentId: 'gone' })],
  departments: [],
}

/** A minimal RFC 4180 reader, to check that what we write reads back field for field. */
function parseCsv(csv: string, separator = ','): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let isQuoted = false
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i]
    if (isQuoted && char === '"' && csv[i + 1] === '"') {
      field += '"'
      i++
    } else if (char === '"') {
      isQuoted = !isQuoted
    } else if (!isQuoted && char === separator) {
      row.push(field)
      field = ''
    } else if (!isQuoted && char === '\r' && csv[i + 1] === '\n') {
      rows.push([...row, field])
      row = []
      field = ''
      i++
    } else {
      field += char
    }
  }
  return rows
}

const firstTen = (row: string[]) => row.slice(0, 10)

describe('formatJourneyCsv', () => {
  test('writes a header, then grid cards in stage/lane order, then free cards, with CRLF line ends', () => {
    const csv = formatJourneyCsv(journey)
    expect(csv.split('\r\n')[0]).toBe(
      'grid,stage,lane,kind,text,department,severity,score,votes,author,persona,valueCreated,valueCaptured,paidService,revenue',
    )
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(parseCsv(csv).map(firstTen)).toEqual([
      JOURNEY_CSV_COLUMNS.slice(0, 10),
      ['Базовый CJM', 'Стимул', 'Чувства клиента', 'feeling', 'Злится', '', '', '-2', '0', ''],
      [
        'Базовый CJM',
        'Сбор информации',
        'Барьеры',
        'barrier',
        'Долго, дорого, "сложно"\nи непонятно',
        'Продажи',
        '4',
        '',
        '3',
        ' Анна ',
      ],
      ['', '', '', 'note', 'Идея, без места', 'gone', '', '', '0', ''],
    ])
  })

  test('on a Russian board: Russian headers and kind names, `;` between fields, the votes of the closed vote', () => {
    const csv = formatJourneyCsv(journey, { locale: 'ru' })
    expect(csv.split('\r\n')[0]).toBe(
      'Сетка;Этап;Дорожка;Тип;Текст;Отдел;Критичность;Оценка;Голоса;Автор;Персона;Ценность для клиента;Ценность для компании;Платная услуга;Выручка в месяц',
    )
    expect(parseCsv(csv, ';').slice(1).map(firstTen)).toEqual([
      ['Базовый CJM', 'Стимул', 'Чувства клиента', 'чувство', 'Злится', '', '', '-2', '0', ''],
      [
        'Базовый CJM',
        'Сбор информации',
        'Барьеры',
        'барьер',
        'Долго, дорого, "сложно"\nи непонятно',
        'Продажи',
        '4',
        '',
        '3',
        ' Анна ',
      ],
      ['', '', '', 'заметка', 'Идея, без места', 'gone', '', '', '0', ''],
    ])
    // A comma is plain text under `;`; a `;` in text is quoted.
    expect(csv).toContain(';"Долго, дорого, ""сложно""\nи непонятно";Продажи;4;;3;" Анна ";;;;;\r\n')
    const semicolon: Journey = { ...journey, grids: [], freeCards: [cardOut('s', { text: 'один; два' })] }
    expect(formatJourneyCsv(semicolon, { locale: 'ru' })).toContain(';;;заметка;"один; два";;;;0;;;;;;\r\n')
    expect(formatJourneyCsv(semicolon)).toContain(',,,note,один; два,,,,0,,,,,,\r\n')
    for (const kind of CARD_KINDS) expect(CSV_CARD_KIND_NAMES.ru[kind]).toMatch(/^[а-яё]/)
  })

  test('quotes commas, quotes, line breaks and edge spaces only, and leaves Cyrillic as it is', () => {
    const csv = formatJourneyCsv(journey)
    expect(csv).toContain(',"Долго, дорого, ""сложно""\nи непонятно",Продажи,4,,3,' + '" Анна ",,,,,\r\n')
    expect(csv).toContain('\r\nБазовый CJM,Стимул,Чувства клиента,feeling,Злится,,,-2,0,,,,,,\r\n')
    expect(quoteCsvField('plain')).toBe('plain')
    expect(quoteCsvField('a,b')).toBe('"a,b"')
    expect(quoteCsvField('a,b', ';')).toBe('a,b')
    expect(quoteCsvField('a;b', ';')).toBe('"a;b"')
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""')
    expect(quoteCsvField('line\r\nbreak')).toBe('"line\r\nbreak"')
    expect(quoteCsvField(' lead')).toBe('" lead"')
    expect(quoteCsvField('trail ')).toBe('"trail "')
    expect(quoteCsvField('')).toBe('')
  })

  test('writes numbers as the language reads them: a decimal comma in Russian, no grouping, a plain minus', () => {
    expect(formatCsvNumber(-0.5, 'en')).toBe('-0.5')
    expect(formatCsvNumber(-0.5, 'ru')).toBe('-0,5')
    expect(formatCsvNumber(12345.25, 'ru')).toBe('12345,25')
    expect(formatCsvNumber(12345, 'en')).toBe('12345')
    expect(getCsvSeparator('en')).toBe(',')
    expect(getCsvSeparator('ru')).toBe(';')
  })

  test('escapes text that a spreadsheet would run as a formula, in both languages, unless asked not to', () => {
    const risky: Journey = { ...journey, grids: [], freeCards: [cardOut('x', { text: '=1+1', authorName: '@me' })] }
    expect(parseCsv(formatJourneyCsv(risky))[1]?.slice(0, 10)).toEqual([
      '',
      '',
      '',
      'note',
      "'=1+1",
      '',
      '',
      '',
      '0',
      "'@me",
    ])
    expect(parseCsv(formatJourneyCsv(risky, { locale: 'ru' }), ';')[1]?.slice(0, 10)).toEqual([
      '',
      '',
      '',
      'заметка',
      "'=1+1",
      '',
      '',
      '',
      '0',
      "'@me",
    ])
    expect(parseCsv(formatJourneyCsv(risky, { escapeFormulas: false }))[1]?.[4]).toBe('=1+1')
  })

  test('reads a board end to end, and the BOM is left to the caller', () => {
    const card = createShapeRecord({
      id: 'free',
      type: JOURNEY_CARD_TYPE,
      x: 0,
      y: 0,
      index: 'a1',
      props: createCardProps('idea', { text: 'Чат, "24/7"' }),
    })
    const csv = formatJourneyCsv(readJourney([card], [], { getVotes: () => 2 }))
    expect(csv).toBe(
      'grid,stage,lane,kind,text,department,severity,score,votes,author,persona,valueCreated,valueCaptured,paidService,revenue\r\n' +
        ',,,idea,"Чат, ""24/7""",,,,2,,,,,,\r\n',
    )
    expect(csv.startsWith(CSV_BOM)).toBe(false)
    expect(CSV_BOM).toBe('\uFEFF')
  })

  test('writes the persona by name and the monetisation fields, revenue only when set', () => {
    const paid = cardOut('m', { kind: 'monetisation', personaId: 'p1', paidService: 'Доставка', revenue: 1500.5 })
    const free: Journey = { ...journey, grids: [], freeCards: [paid, cardOut('n', { personaId: 'gone' })] }
    const personaNames = new Map([['p1', 'Анна']])
    const rows = parseCsv(formatJourneyCsv(free, { locale: 'ru', personaNames }), ';')
    expect(rows[1]?.slice(3)).toEqual(['монетизация', '', '', '', '', '0', '', 'Анна', '', '', 'Доставка', '1500,5'])
    expect(rows[2]?.slice(10)).toEqual(['gone', '', '', '', ''])
  })
})
