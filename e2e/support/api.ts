import {
  createBoardResponseSchema,
  CSV_BOM,
  getCsvSeparator,
  JOURNEY_CSV_COLUMNS,
  JOURNEY_CSV_HEADERS,
  type CreateBoardResponse,
  type Journey,
  type Locale,
  type RoadmapExport,
  type TemplateId,
} from '@cxmap/shared'
import { expect, type APIRequestContext } from '@playwright/test'

/** What a board is created with besides its title (`POST /api/boards`); every field optional. */
export interface CreateBoardOptions {
  locale?: Locale
  template?: TemplateId
  withExample?: boolean
}

/** The server's HTTP API, for arranging a test faster than through the UI. */
export class BoardsApi {
  constructor(private readonly request: APIRequestContext) {}

  /**
   * `POST /api/boards`; checks the response against the shared schema. The second argument is the board's locale
   * (as before) or {@link CreateBoardOptions}; fields left out are not sent, so the server's defaults apply.
   */
  async createBoard(title: string, options?: Locale | CreateBoardOptions): Promise<CreateBoardResponse> {
    const { locale, template, withExample } = typeof options === 'string' ? { locale: options } : (options ?? {})
    const data = {
      title,
      ...(locale === undefined ? {} : { locale }),
      ...(template === undefined ? {} : { template }),
      ...(withExample === undefined ? {} : { withExample }),
    }
    const response = await this.request.post('/api/boards', { data })
    expect(response.status(), await response.text()).toBe(201)
    const board = createBoardResponseSchema.parse(await response.json())
    for (const link of Object.values(board.links)) expect(link).toMatch(new RegExp(`/b/${board.id}#t=.+`))
    if (locale) expect(board.locale).toBe(locale)
    if (template) expect(board.template).toBe(template)
    return board
  }

  /** `GET /api/boards/:id/journey.json` with a role's token: the board's journey as the server reads it. */
  async journeyJson(boardId: string, token: string): Promise<Journey> {
    const response = await this.request.get(`/api/boards/${encodeURIComponent(boardId)}/journey.json`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(response.status(), await response.text()).toBe(200)
    return (await response.json()) as Journey
  }

  /** `GET /api/boards/:id/roadmap.json` with a role's token: the board's roadmap export as the server builds it. */
  async roadmapJson(boardId: string, token: string): Promise<RoadmapExport> {
    const response = await this.request.get(`/api/boards/${encodeURIComponent(boardId)}/roadmap.json`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(response.status(), await response.text()).toBe(200)
    return (await response.json()) as RoadmapExport
  }

  /**
   * `GET /api/boards/:id/journey.csv` with a role's token, written in the board's language `locale`. Checks the content
   * type, the UTF-8 byte order mark and the header row of that language, and returns the rows parsed (the header row
   * first, the BOM stripped), each record keyed by the column's id (`text`, `kind`…) whatever the language.
   */
  async journeyCsv(boardId: string, token: string, locale: Locale = 'en'): Promise<JourneyCsv> {
    const response = await this.request.get(`/api/boards/${encodeURIComponent(boardId)}/journey.csv`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(response.status(), await response.text()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^text\/csv;\s*charset=utf-8/i)
    const bytes = await response.body()
    expect([...bytes.subarray(0, 3)], 'the CSV starts with the UTF-8 BOM (EF BB BF)').toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text.startsWith(CSV_BOM)).toBe(true)
    const [header = [], ...rows] = parseCsv(text.slice(CSV_BOM.length), getCsvSeparator(locale))
    expect(header, `the ${locale} header row`).toEqual(JOURNEY_CSV_COLUMNS.map((id) => JOURNEY_CSV_HEADERS[locale][id]))
    const records = rows.map((row) => Object.fromEntries(JOURNEY_CSV_COLUMNS.map((id, i) => [id, row[i]])))
    return { header, rows, records }
  }
}

/** A parsed journey CSV: the header, the data rows, and each row keyed by its column's id (`JOURNEY_CSV_COLUMNS`). */
export interface JourneyCsv {
  header: string[]
  rows: string[][]
  records: Record<string, string | undefined>[]
}

/**
 * Parses RFC 4180 CSV: fields separated by `separator` (`,`, or `;` in a Russian CSV), records by CRLF (or LF), quoted
 * fields may hold separators, line breaks and doubled quotes. A trailing line break does not make an empty record.
 * Throws on a malformed quote.
 */
export function parseCsv(text: string, separator: ',' | ';' = ','): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  let atFieldStart = true
  while (i < text.length) {
    const char = text[i]!
    if (atFieldStart && char === '"') {
      // A quoted field: up to the closing quote; "" inside is one quote.
      i++
      for (;;) {
        if (i >= text.length) throw new Error('CSV: unterminated quoted field')
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        field += text[i]
        i++
      }
      atFieldStart = false
      if (i < text.length && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') {
        throw new Error(`CSV: text after a closing quote at ${i}`)
      }
      continue
    }
    if (char === separator) {
      row.push(field)
      field = ''
      atFieldStart = true
      i++
    } else if (char === '\r' || char === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      atFieldStart = true
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1
    } else {
      if (char === '"') throw new Error(`CSV: a quote inside an unquoted field at ${i}`)
      field += char
      atFieldStart = false
      i++
    }
  }
  if (!atFieldStart || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
