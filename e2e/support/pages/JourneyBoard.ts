import {
  cellAt,
  getGridHeight,
  getGridWidth,
  getLaneOffsets,
  getStageOffsets,
  JOURNEY_CARD_TYPE,
  JOURNEY_GRID_TYPE,
  type CardKind,
  type JourneyCardRecord,
  type JourneyGridRecord,
  type TemplateId,
} from '@cxmap/shared'
import { expect, type Locator, type Page } from '@playwright/test'
import type { BoardPage, PageRect } from './BoardPage.ts'

/** The fields of a shape record the specs read (the model is in shared/src/journey: card.ts, grid.ts). */
type ShapeFields = 'id' | 'type' | 'x' | 'y' | 'parentId' | 'props'

/** A journey grid shape as the test hook returns it. */
export type GridShape = Pick<JourneyGridRecord, ShapeFields>

/** A journey card shape as the test hook returns it. */
export type CardShape = Pick<JourneyCardRecord, ShapeFields>

/** A point in the browser window's CSS pixels (what `page.mouse` takes). */
export interface ClientPoint {
  x: number
  y: number
}

/**
 * The parts of tldraw's `Editor` the journey specs call beyond `HookEditor` (support/hook.ts), typed structurally
 * here; only ever used inside `page.evaluate`.
 */
interface JourneyHookEditor {
  getShape(id: string): { id: string; type: string; x: number; y: number; props: Record<string, unknown> } | undefined
  getCurrentPageShapes(): { id: string; type: string }[]
  updateShape(partial: { id: string; type: string; props?: Record<string, unknown> }): unknown
  setCamera(point: { x: number; y: number; z: number }): unknown
  getViewportScreenBounds(): { x: number; y: number; w: number; h: number }
  pageToScreen(point: { x: number; y: number }): { x: number; y: number }
  isShapeHidden(id: string): boolean
  getEditingShapeId(): string | null
  getSelectedShapeIds(): string[]
  selectNone(): unknown
}

/** Height of the title bar the grid draws above its bounds (client/src/journey/grid/gridLayout.ts). */
const GRID_TITLE_BAR_H = 40

/**
 * The journey parts of the board page: the card palette, the departments panel, the heat-map toggle, the grids and
 * cards on the canvas. Acts with the mouse where that is the point; reads grids and cards through the test hook.
 */
export class JourneyBoard {
  readonly page: Page
  readonly palette: Locator
  readonly departmentsButton: Locator
  readonly departmentsPanel: Locator
  readonly departmentRows: Locator
  /** The top bar's heat-map button (`HeatMapToggle`); `aria-pressed` tells whether the heat map is on. */
  readonly heatMapToggle: Locator
  readonly heatMapLegend: Locator
  /** Every journey card element on the canvas (tldraw renders only the shapes it does not cull). */
  readonly cardElements: Locator
  readonly insertTemplateButton: Locator
  readonly insertTemplateMenu: Locator

  constructor(readonly board: BoardPage) {
    const page = board.page
    this.page = page
    this.palette = page.getByTestId('card-palette')
    this.departmentsButton = page.getByTestId('departments-button')
    this.departmentsPanel = page.getByTestId('departments-panel')
    this.departmentRows = page.getByTestId('department-row')
    this.heatMapToggle = page.getByTestId('heat-map-toggle')
    this.heatMapLegend = page.locator('.cx-heat-legend')
    this.cardElements = page.getByTestId('journey-card')
    this.insertTemplateButton = page.getByTestId('insert-template-button')
    this.insertTemplateMenu = page.getByTestId('insert-template-menu')
  }

  paletteButton(kind: CardKind): Locator {
    return this.page.getByTestId(`palette-${kind}`)
  }

  /** A department's row in the panel (its name is an input for people who may edit, so it is found by its id). */
  departmentRow(departmentId: string): Locator {
    return this.departmentRows.and(this.page.locator(`[data-department-id="${departmentId}"]`))
  }

  departmentFilter(departmentId: string): Locator {
    return this.page.getByTestId(`department-filter-${departmentId}`)
  }

  departmentMode(mode: 'highlight' | 'filter'): Locator {
    return this.page.getByTestId(`department-mode-${mode}`)
  }

  insertTemplateItem(id: TemplateId): Locator {
    return this.page.getByTestId(`insert-template-${id}`)
  }

  /** The element tldraw renders for a shape (`.tl-shape[data-shape-id]`). */
  shapeElement(id: string): Locator {
    return this.page.locator(`.tl-shape[data-shape-id="${id}"]`)
  }

  cardElement(id: string): Locator {
    return this.shapeElement(id).getByTestId('journey-card')
  }

  /** One cell of a grid (`data-stage-id`, `data-lane-id`; `data-heat` while the heat map is on). */
  cell(gridId: string, stageId: string, laneId: string): Locator {
    return this.shapeElement(gridId).locator(
      `[data-testid="grid-cell"][data-stage-id="${stageId}"][data-lane-id="${laneId}"]`,
    )
  }

  /** The grid's "add a stage" button, shown right of a selected grid to people who may edit it. */
  addStageButton(gridId: string): Locator {
    return this.shapeElement(gridId).getByTestId('grid-add-stage')
  }

  /** The title field of a grid part being edited in place (the grid's own `InlineTitleInput`). */
  gridTitleInput(gridId: string): Locator {
    return this.shapeElement(gridId).locator('input.cx-grid__input')
  }

  /** The stage titles as the grid draws them, left to right. */
  stageTitleElements(gridId: string): Locator {
    return this.shapeElement(gridId).locator('.cx-grid__stage-title')
  }

  /** The lane titles as the grid draws them, top to bottom. */
  laneTitleElements(gridId: string): Locator {
    return this.shapeElement(gridId).locator('.cx-grid__lane-title')
  }

  // ── reading the board through the hook ────────────────────────────────────────────────────────────────────────

  async grids(): Promise<GridShape[]> {
    return this.page.evaluate(
      (type) =>
        JSON.parse(
          JSON.stringify(window.__cxmap!.editor.getCurrentPageShapes().filter((shape) => shape.type === type)),
        ) as GridShape[],
      JOURNEY_GRID_TYPE,
    )
  }

  /** The board's one grid (waits for it to arrive, then requires exactly one). */
  async onlyGrid(): Promise<GridShape> {
    await expect.poll(async () => (await this.grids()).length, 'the board has one journey grid').toBe(1)
    return (await this.grids())[0]!
  }

  async grid(id: string): Promise<GridShape | null> {
    return this.page.evaluate(
      (shapeId) => JSON.parse(JSON.stringify(window.__cxmap!.editor.getShape(shapeId) ?? null)) as GridShape | null,
      id,
    )
  }

  async cards(): Promise<CardShape[]> {
    return this.page.evaluate(
      (type) =>
        JSON.parse(
          JSON.stringify(window.__cxmap!.editor.getCurrentPageShapes().filter((shape) => shape.type === type)),
        ) as CardShape[],
      JOURNEY_CARD_TYPE,
    )
  }

  async card(id: string): Promise<CardShape | null> {
    return this.page.evaluate(
      (shapeId) => JSON.parse(JSON.stringify(window.__cxmap!.editor.getShape(shapeId) ?? null)) as CardShape | null,
      id,
    )
  }

  /** Waits for a card not among `knownIds` to appear in this page's editor; returns it. */
  async waitForNewCard(knownIds: readonly string[]): Promise<CardShape> {
    let found: CardShape | undefined
    await expect
      .poll(async () => {
        found = (await this.cards()).find((card) => !knownIds.includes(card.id))
        return found !== undefined
      }, 'a new journey card appears')
      .toBe(true)
    return found!
  }

  async isShapeHidden(id: string): Promise<boolean> {
    return this.page.evaluate(
      (shapeId) => (window.__cxmap!.editor as unknown as JourneyHookEditor).isShapeHidden(shapeId),
      id,
    )
  }

  async editingShapeId(): Promise<string | null> {
    return this.page.evaluate(() => (window.__cxmap!.editor as unknown as JourneyHookEditor).getEditingShapeId())
  }

  // ── geometry ──────────────────────────────────────────────────────────────────────────────────────────────────

  /** Moves the camera so that a page point is at the centre of the viewport, at `zoom`. */
  async centerOn(point: { x: number; y: number }, zoom = 1): Promise<void> {
    await this.page.evaluate(
      ({ point, zoom }) => {
        const editor = window.__cxmap!.editor as unknown as JourneyHookEditor
        const viewport = editor.getViewportScreenBounds()
        editor.setCamera({ x: viewport.w / (2 * zoom) - point.x, y: viewport.h / (2 * zoom) - point.y, z: zoom })
      },
      { point, zoom },
    )
  }

  /** Deselects everything and fits the whole grid (its title bar included) in the viewport, with a margin. */
  async showWholeGrid(grid: GridShape): Promise<void> {
    const viewport = await this.page.evaluate(() => {
      const editor = window.__cxmap!.editor as unknown as JourneyHookEditor
      editor.selectNone()
      const bounds = editor.getViewportScreenBounds()
      return { w: bounds.w, h: bounds.h }
    })
    const width = getGridWidth(grid.props)
    const height = getGridHeight(grid.props) + GRID_TITLE_BAR_H
    const zoom = Math.min((viewport.w - 160) / width, (viewport.h - 120) / height)
    await this.centerOn({ x: grid.x + width / 2, y: grid.y - GRID_TITLE_BAR_H + height / 2 }, zoom)
  }

  /** A point on a card's kind label (top-left), clear of its controls, in window pixels (for `mouse.click`). */
  async cardLabelPoint(card: CardShape): Promise<[number, number]> {
    const point = await this.pageToClient({ x: card.x + 24, y: card.y + 14 })
    return [point.x, point.y]
  }

  /** Where a page point is in the window (CSS pixels), for the mouse. */
  async pageToClient(point: { x: number; y: number }): Promise<ClientPoint> {
    return this.page.evaluate((point) => {
      const { x, y } = window.__cxmap!.editor.pageToScreen(point)
      return { x, y }
    }, point)
  }

  /** What a click at a window point would hit, described for an assertion message. */
  async describeHit(point: ClientPoint): Promise<string> {
    return this.page.evaluate(({ x, y }) => {
      const hit = document.elementFromPoint(x, y)
      if (!hit) return 'nothing'
      const shape = hit.closest('.tl-shape')
      return `${hit.tagName.toLowerCase()}.${Array.from(hit.classList).join('.')}${
        shape ? ` in shape ${shape.getAttribute('data-shape-type')}` : ''
      }${hit.closest('.tl-canvas') ? ' (canvas)' : ''}`
    }, point)
  }

  /** Double-clicks the middle of a cell, after bringing it to the middle of the screen at 100 %. */
  async doubleClickCell(grid: GridShape, stageIndex: number, laneIndex: number): Promise<void> {
    const rect = cellPageRect(grid, stageIndex, laneIndex)
    const centre = { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 }
    await this.centerOn(centre, 1)
    const point = await this.pageToClient(centre)
    const hit = await this.describeHit(point)
    // The grid's body lets pointer events through to the canvas (tldraw hit-tests it by geometry): what must be under
    // the point is the canvas, with no card and no floating UI (palette, panels, toolbars) over it.
    expect(hit, 'nothing but the canvas and the grid under the middle of the cell').toMatch(/\(canvas\)$/)
    expect(hit, 'no card over the middle of the cell').not.toContain('shape cx-card')
    await this.page.mouse.dblclick(point.x, point.y)
  }

  /** Drags a kind from the palette and lets it go over a page point (which must be on screen). */
  async dragFromPalette(kind: CardKind, target: { x: number; y: number }): Promise<void> {
    const box = await this.paletteButton(kind).boundingBox()
    if (!box) throw new Error(`palette-${kind} is not visible`)
    const to = await this.pageToClient(target)
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await this.page.mouse.down()
    await this.page.mouse.move(to.x, to.y, { steps: 12 })
    await this.page.mouse.up()
  }

  /** Types into the card being edited (its textarea has the focus) and leaves the editing with Escape. */
  async typeIntoEditedCard(cardId: string, text: string): Promise<void> {
    const input = this.cardElement(cardId).locator('textarea')
    await expect(input).toBeFocused()
    await this.page.keyboard.type(text)
    await this.page.keyboard.press('Escape')
    await expect(input).toHaveCount(0)
  }

  // ── heat map ──────────────────────────────────────────────────────────────────────────────────────────────────

  async setHeatMap(on: boolean): Promise<void> {
    await expect(this.heatMapToggle).toBeVisible()
    if ((await this.heatMapToggle.getAttribute('aria-pressed')) !== String(on)) await this.heatMapToggle.click()
    await expect(this.heatMapToggle).toHaveAttribute('aria-pressed', String(on))
  }

  /**
   * Every cell of a grid as drawn, `[laneIndex][stageIndex]` in the grid's current order: its computed background
   * colour and its `data-heat` (null while the heat map is off); `missing` when the grid draws no such cell.
   */
  async cellLooks(grid: GridShape): Promise<({ background: string; heat: number | null } | 'missing')[][]> {
    const stageIds = grid.props.stages.map((stage) => stage.id)
    const laneIds = grid.props.lanes.map((lane) => lane.id)
    return this.shapeElement(grid.id).evaluate(
      (element, { stageIds, laneIds }) => {
        const cells = Array.from(element.querySelectorAll<HTMLElement>('[data-testid="grid-cell"]'))
        return laneIds.map((laneId) =>
          stageIds.map((stageId) => {
            const cell = cells.find((c) => c.dataset.stageId === stageId && c.dataset.laneId === laneId)
            if (!cell) return 'missing' as const
            const heat = cell.dataset.heat
            return {
              background: getComputedStyle(cell).backgroundColor,
              heat: heat === undefined ? null : Number(heat),
            }
          }),
        )
      },
      { stageIds, laneIds },
    )
  }
}

/** A cell's rectangle in page coordinates (for a grid on the page, not inside a frame). */
export function cellPageRect(grid: GridShape, stageIndex: number, laneIndex: number): PageRect {
  const stage = grid.props.stages[stageIndex]
  const lane = grid.props.lanes[laneIndex]
  if (!stage || !lane) throw new Error(`no cell ${stageIndex},${laneIndex} in grid ${grid.id}`)
  return {
    x: grid.x + getStageOffsets(grid.props)[stageIndex]!,
    y: grid.y + getLaneOffsets(grid.props)[laneIndex]!,
    w: stage.w,
    h: lane.h,
  }
}

/** The stage and lane ids of the cell under a card's centre, as the journey reader places it; null when free. */
export function cardCell(grid: GridShape, card: CardShape): { stageId: string; laneId: string } | null {
  return cellAt(grid.props, card.x + card.props.w / 2 - grid.x, card.y + card.props.h / 2 - grid.y)
}

/** Whether a CSS colour is see-through (no tint): `transparent` or an alpha of 0. */
export function isTransparent(color: string): boolean {
  if (color === 'transparent') return true
  const match = /^rgba\([^)]*,\s*([\d.]+)\)$/.exec(color)
  return match !== null && Number(match[1]) === 0
}
