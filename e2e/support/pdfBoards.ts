// Helpers of pdfExport.spec.ts: a big grid to tile, and where its cards land in the PDF.
import { CARD_DEFAULT_H, CARD_DEFAULT_W, getStageOffsets, JOURNEY_CARD_TYPE } from '@cxmap/shared'
import type { Page } from '@playwright/test'
import type { GridShape } from './pages/JourneyBoard.ts'
import { compact, type PdfPage } from './pdf.ts'

/** How far a card's text may start from its stage title's, in points: within one column of the tiled grid. */
const COLUMN_TOLERANCE_PT = 60

/**
 * Whether the stage's header stands above a card's text, in the same column: an item starting with the stage title's
 * first word, higher on the page, within {@link COLUMN_TOLERANCE_PT} horizontally. Null when pdf.js split the card's
 * text so that it cannot be placed.
 */
export function isUnderStageHeader(page: PdfPage, code: string, stageTitle: string): boolean | null {
  const cardItem = page.items.find((item) => compact(item.str).includes(`Карточка№${code}`))
  if (!cardItem) return null
  const firstWord = stageTitle.split(' ')[0]!
  return page.items.some(
    (item) =>
      item.str.trim().startsWith(firstWord) &&
      !item.str.includes('→') &&
      item.y < cardItem.y &&
      Math.abs(item.x - cardItem.x) <= COLUMN_TOLERANCE_PT,
  )
}

/** A card the test placed: its code in the text (`Карточка №007`), and the titles of its stage and lane. */
export interface PlacedCard {
  code: string
  stage: string
  lane: string
}

/**
 * Creates `count` cards through the test hook's editor, round-robin over the grid's cells (stage by stage, then lane
 * by lane), stacked inside each cell; the lanes grow to hold them, as they would while people add cards.
 */
export async function addCardsSpreadOverGrid(page: Page, grid: GridShape, count: number): Promise<PlacedCard[]> {
  const { stages, lanes } = grid.props
  const cells = stages.length * lanes.length
  const perCell = Math.ceil(count / cells)
  const cards = Array.from({ length: count }, (_, i) => {
    const cell = i % cells
    return {
      code: String(i + 1).padStart(3, '0'),
      stageIndex: cell % stages.length,
      laneIndex: Math.floor(cell / stages.length),
      slot: Math.floor(i / cells),
    }
  })
  await page.evaluate(
    ({ grid, cards, perCell, type, stageX, CARD_W, CARD_H }) => {
      const editor = window.__cxmap!.editor
      const GAP = 12
      const laneH = Math.max(...grid.props.lanes.map((lane) => lane.h), perCell * (CARD_H + GAP) + GAP)
      const lanes = grid.props.lanes.map((lane) => ({ ...lane, h: laneH }))
      editor.updateShape({ id: grid.id, type: grid.type, props: { lanes } })
      for (const card of cards) {
        const lane = grid.props.lanes[card.laneIndex]!
        editor.createShape({
          type,
          x: grid.x + stageX[card.stageIndex]! + (grid.props.stages[card.stageIndex]!.w - CARD_W) / 2,
          y: grid.y + grid.props.headerH + card.laneIndex * laneH + GAP + card.slot * (CARD_H + GAP),
          props: {
            kind: lane.cardKind,
            text: `Карточка №${card.code} для печати`,
            w: CARD_W,
            h: CARD_H,
            authorName: 'Анна',
          },
        })
      }
    },
    {
      grid,
      cards,
      perCell,
      type: JOURNEY_CARD_TYPE,
      stageX: getStageOffsets(grid.props),
      CARD_W: CARD_DEFAULT_W,
      CARD_H: CARD_DEFAULT_H,
    },
  )
  return cards.map((card) => ({
    code: card.code,
    stage: stages[card.stageIndex]!.title,
    lane: lanes[card.laneIndex]!.title,
  }))
}
