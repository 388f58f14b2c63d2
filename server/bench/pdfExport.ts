import { existsSync } from 'node:fs'
import {
  CARD_DEFAULT_H,
  CARD_DEFAULT_W,
  JOURNEY_CARD_TYPE,
  JOURNEY_GRID_TYPE,
  createCardProps,
  createShapeRecord,
  generateIndexKeys,
  getLaneOffsets,
  getRecordsMap,
  getStageOffsets,
  readAllRecords,
  writeRecord,
  type CreateBoardResponse,
  type JourneyGridRecord,
} from '@cxmap/shared'
import { getDocumentProxy } from 'unpdf'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { startServerProcess } from './serverProcess.ts'
import { quantile } from './syncClients.ts'

/** Figures of exporting a large board to PDF through the real endpoint (server, headless Chromium, print view). */
export interface PdfExportResult {
  cards: number
  runs: number
  pages: number
  bytes: number
  /** The first export in the server process: it also launches Chromium. */
  firstMs: number
  /** Every run, in order. */
  timesMs: number[]
  medianMs: number
  /** Medians of the server's own split (its `Server-Timing` header): the print view getting ready, then printing. */
  medianReadyMs: number
  medianPrintMs: number
}

const CARD_GAP = 16
const CELL_PADDING = 20
const DEPARTMENTS = ['sales', 'service', 'marketing', 'product', 'it', 'logistics']
const PHRASES = [
  'Не понятно, когда приедет курьер',
  'Оператор не видит историю обращений',
  'Хочу выбрать удобный интервал доставки',
  'Трек-номер приходит с опозданием на день',
  'Оплата картой при получении не работает',
  'Приложение не сохраняет адрес',
]

/**
 * Seeds a Russian Base CJM board with `cards` cards spread over its cells (lanes grown to hold them), written through a
 * real y-websocket client, then times `GET /api/boards/:id/export.pdf` (A4 landscape, every section) `runs` times.
 */
export async function runPdfExport(cards: number, runs: number, clientDistDir: string): Promise<PdfExportResult> {
  if (!existsSync(`${clientDistDir}/index.html`)) {
    throw new Error(`${clientDistDir}/index.html is missing: the PDF is printed from the built client (pnpm build)`)
  }
  const server = await startServerProcess({ CLIENT_DIST_DIR: clientDistDir })
  try {
    const board = await seedLargeBoard(server.url, cards)
    const timesMs: number[] = []
    const readyMs: number[] = []
    const printMs: number[] = []
    let pages = 0
    let bytes = 0
    for (let run = 0; run < runs; run++) {
      const start = performance.now()
      const response = await fetch(`${server.url}/api/boards/${board.id}/export.pdf`, {
        headers: { authorization: `Bearer ${board.tokens.viewer}` },
      })
      const pdf = new Uint8Array(await response.arrayBuffer())
      timesMs.push(performance.now() - start)
      if (response.status !== 200)
        throw new Error(`export answered ${response.status}: ${new TextDecoder().decode(pdf)}`)
      bytes = pdf.byteLength
      pages = await countPages(pdf)
      const timing = response.headers.get('server-timing') ?? ''
      readyMs.push(readTiming(timing, 'view'))
      printMs.push(readTiming(timing, 'print'))
    }
    return {
      cards,
      runs,
      pages,
      bytes,
      firstMs: timesMs[0] ?? Number.NaN,
      timesMs,
      medianMs: quantile(timesMs, 0.5),
      medianReadyMs: quantile(readyMs, 0.5),
      medianPrintMs: quantile(printMs, 0.5),
    }
  } finally {
    await server.stop()
  }
}

/** Creates a Russian Base CJM board on the server at `baseUrl` holding `cards` cards. */
export async function seedLargeBoard(baseUrl: string, cards: number): Promise<CreateBoardResponse> {
  const board = await createBoard(baseUrl)
  await seedCards(`${baseUrl.replace(/^http/, 'ws')}/sync`, board, cards)
  return board
}

async function createBoard(baseUrl: string): Promise<CreateBoardResponse> {
  const response = await fetch(`${baseUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Доставка: большая карта', locale: 'ru', template: 'base-cjm' }),
  })
  if (response.status !== 201) throw new Error(`create board: ${response.status}`)
  return (await response.json()) as CreateBoardResponse
}

/** Writes the cards into the template's grid, cell by cell in turn, and waits until the server has stored them. */
async function seedCards(syncUrl: string, board: CreateBoardResponse, count: number): Promise<void> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, board.id, doc, {
    params: { token: board.tokens.editor },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  })
  try {
    await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
    const grid = Object.values(readAllRecords(doc)).find((record) => record.type === JOURNEY_GRID_TYPE) as
      JourneyGridRecord | undefined
    if (!grid) throw new Error('the Base CJM board has no grid')
    const { stages, lanes } = grid.props
    const cells = lanes.length * stages.length
    const perCell = Math.ceil(count / cells)
    const grown: JourneyGridRecord = {
      ...grid,
      props: {
        ...grid.props,
        lanes: lanes.map((lane) => ({
          ...lane,
          h: Math.max(lane.h, perCell * CARD_DEFAULT_H + (perCell - 1) * CARD_GAP + 2 * CELL_PADDING),
        })),
      },
    }
    const stageX = getStageOffsets(grown.props)
    const laneY = getLaneOffsets(grown.props)
    const indexes = generateIndexKeys(count, grid.index)
    doc.transact(() => {
      const map = getRecordsMap(doc)
      writeRecord(map, grown, grid)
      for (let i = 0; i < count; i++) {
        const cell = i % cells
        const stage = cell % stages.length
        const lane = Math.floor(cell / stages.length)
        const slot = Math.floor(i / cells)
        const kind = lanes[lane]?.cardKind ?? 'note'
        const card = createShapeRecord({
          id: `bench${i}`,
          type: JOURNEY_CARD_TYPE,
          x: grid.x + (stageX[stage] ?? 0) + ((stages[stage]?.w ?? CARD_DEFAULT_W) - CARD_DEFAULT_W) / 2,
          y: grid.y + (laneY[lane] ?? 0) + CELL_PADDING + slot * (CARD_DEFAULT_H + CARD_GAP),
          index: indexes[i] ?? 'a1',
          props: createCardProps(kind, {
            text: `${PHRASES[i % PHRASES.length]} (№ ${i + 1})`,
            departmentId: DEPARTMENTS[i % DEPARTMENTS.length] ?? '',
            authorName: ['Анна', 'Борис', 'Мария', 'Олег'][i % 4] ?? '',
            severity: 1 + (i % 5),
            score: (i % 5) - 2,
          }),
        })
        writeRecord(map, card)
      }
    })
    // A second sync round trip proves the server stored the update (it answers only after the appends before it).
    provider.disconnect()
    await new Promise<void>((resolve) => {
      provider.once('sync', () => resolve())
      provider.connect()
    })
  } finally {
    provider.destroy()
    doc.destroy()
  }
}

function readTiming(header: string, name: string): number {
  const match = new RegExp(`(?:^|,\\s*)${name};[^,]*dur=([\\d.]+)`).exec(header)
  return match ? Number(match[1]) : Number.NaN
}

async function countPages(pdf: Uint8Array): Promise<number> {
  const document = await getDocumentProxy(new Uint8Array(pdf))
  const pages = document.numPages
  await document.loadingTask.destroy()
  return pages
}
