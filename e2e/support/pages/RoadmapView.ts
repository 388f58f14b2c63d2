import type { InitiativeStatus, MetricKind, Necessity, Wave } from '@cxmap/shared'
import { expect, type Locator, type Page } from '@playwright/test'

/** The roadmap page's views (tabs). */
export type RoadmapTabId = 'waves' | 'table' | 'timeline' | 'summary'

/** A metric row typed into the initiative panel: the kind (the row's default when left out) and the effect as typed. */
export interface MetricInput {
  kind?: MetricKind
  effect: string
}

/** What {@link RoadmapView.addInitiative} fills in through the initiative panel; fields left out keep their defaults. */
export interface InitiativeInput {
  title: string
  wave?: Wave
  necessity?: Necessity
  status?: InitiativeStatus
  /** The owner option's index in the panel's select (0 = no owner, 1 = the first department). */
  ownerIndex?: number
  horizon?: { year: number; quarter: 1 | 2 | 3 | 4 }
  dependsOn?: string[]
  parallelWith?: string[]
  metrics?: MetricInput[]
}

/**
 * The roadmap parts of a board page: the view switch, the roadmap page (waves, table, timeline, summary), the send
 * button and dialog on the canvas, the cards' roadmap badges, and the initiative panel (over either view).
 */
export class RoadmapView {
  readonly mapTab: Locator
  readonly roadmapTab: Locator
  readonly page_: Locator
  readonly addButton: Locator
  readonly sendButton: Locator
  readonly sendDialog: Locator
  readonly sendSubmit: Locator
  readonly badges: Locator
  readonly drawer: Locator
  readonly drawerTitle: Locator
  readonly drawerNecessity: Locator
  readonly drawerStatus: Locator
  readonly drawerClose: Locator
  readonly initiativeCards: Locator
  readonly drawerOwner: Locator
  readonly drawerHorizonKind: Locator
  readonly drawerHorizonQuarter: Locator
  readonly drawerHorizonYear: Locator
  readonly drawerDependsAdd: Locator
  readonly drawerParallelAdd: Locator
  readonly drawerMetricAdd: Locator
  readonly drawerMetrics: Locator
  readonly exportJsonButton: Locator
  readonly tableRows: Locator
  readonly tableCount: Locator
  readonly filterSearch: Locator
  readonly filterWave: Locator
  readonly filterNecessity: Locator
  readonly filterOwner: Locator
  readonly filterMetric: Locator
  readonly filterStatus: Locator
  readonly filterClear: Locator
  readonly timelineItems: Locator
  readonly timelineLinks: Locator
  readonly backwardsWarning: Locator
  readonly effectSummary: Locator
  readonly triggerList: Locator
  readonly triggerAdd: Locator
  readonly stimulusList: Locator
  readonly stimulusAdd: Locator

  constructor(readonly page: Page) {
    this.mapTab = page.getByTestId('view-canvas')
    this.roadmapTab = page.getByTestId('view-roadmap')
    this.page_ = page.getByTestId('roadmap-page')
    this.addButton = page.getByTestId('roadmap-add')
    this.sendButton = page.getByTestId('send-to-roadmap')
    this.sendDialog = page.getByTestId('send-dialog')
    this.sendSubmit = page.getByTestId('send-submit')
    this.badges = page.getByTestId('card-roadmap-badge')
    this.drawer = page.getByTestId('initiative-drawer')
    this.drawerTitle = this.drawer.getByTestId('drawer-title')
    this.drawerNecessity = this.drawer.getByTestId('drawer-necessity')
    this.drawerStatus = this.drawer.getByTestId('drawer-status')
    this.drawerClose = this.drawer.getByTestId('drawer-close')
    this.initiativeCards = page.getByTestId('initiative-card')
    this.drawerOwner = this.drawer.getByTestId('drawer-owner')
    this.drawerHorizonKind = this.drawer.getByTestId('drawer-horizon-kind')
    this.drawerHorizonQuarter = this.drawer.getByTestId('drawer-horizon-quarter')
    this.drawerHorizonYear = this.drawer.getByTestId('drawer-horizon-year')
    this.drawerDependsAdd = this.drawer.getByTestId('drawer-depends-add')
    this.drawerParallelAdd = this.drawer.getByTestId('drawer-parallel-add')
    this.drawerMetricAdd = this.drawer.getByTestId('drawer-metric-add')
    this.drawerMetrics = this.drawer.getByTestId('drawer-metric')
    this.exportJsonButton = page.getByTestId('roadmap-export-json')
    this.tableRows = page.getByTestId('initiative-row')
    this.tableCount = page.getByTestId('table-count')
    this.filterSearch = page.getByTestId('filter-search')
    this.filterWave = page.getByTestId('filter-wave')
    this.filterNecessity = page.getByTestId('filter-necessity')
    this.filterOwner = page.getByTestId('filter-owner')
    this.filterMetric = page.getByTestId('filter-metric')
    this.filterStatus = page.getByTestId('filter-status')
    this.filterClear = page.getByTestId('filter-clear')
    this.timelineItems = page.getByTestId('timeline-item')
    this.timelineLinks = page.getByTestId('timeline-link')
    this.backwardsWarning = page.getByTestId('timeline-backwards-warning')
    this.effectSummary = page.getByTestId('effect-summary')
    this.triggerList = page.getByTestId('trigger-list')
    this.triggerAdd = page.getByTestId('trigger-add')
    this.stimulusList = page.getByTestId('stimulus-list')
    this.stimulusAdd = page.getByTestId('stimulus-add')
  }

  /** A view's tab on the roadmap page. */
  tab(id: RoadmapTabId): Locator {
    return this.page.getByTestId(`roadmap-tab-${id}`)
  }

  /** Switches the roadmap page to a view. */
  async showTab(id: RoadmapTabId): Promise<void> {
    await this.tab(id).click()
    await expect(this.tab(id)).toHaveAttribute('aria-selected', 'true')
  }

  /** The wave's button of the panel's wave switch (`aria-pressed` when it is the initiative's wave). */
  drawerWave(wave: Wave): Locator {
    return this.drawer.locator(`[data-testid="drawer-wave"] [data-wave="${wave}"]`)
  }

  /** The kind select of a metric row in the panel. */
  metricKind(row: Locator): Locator {
    return row.locator('select')
  }

  /** The effect input of a metric row in the panel (the decimal one). */
  metricEffect(row: Locator): Locator {
    return row.locator('input[inputmode="decimal"]')
  }

  /** The ids of the initiative cards in a wave's column, top to bottom. */
  async columnIds(wave: Wave): Promise<string[]> {
    return this.waveColumn(wave)
      .getByTestId('initiative-card')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-initiative-id') ?? ''))
  }

  /** An initiative's row in the table. */
  tableRow(id: string): Locator {
    return this.page.locator(`[data-testid="initiative-row"][data-initiative-id="${id}"]`)
  }

  /** The ids of the table's rows, top to bottom. */
  async rowIds(): Promise<string[]> {
    return this.tableRows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-initiative-id') ?? ''))
  }

  /** A column's sort button in the table header. */
  sortButton(key: string): Locator {
    return this.page.getByTestId(`sort-${key}`)
  }

  /** A column's header cell (it carries `aria-sort` while the table is sorted by it). */
  sortHeader(key: string): Locator {
    return this.page.locator('th').filter({ has: this.sortButton(key) })
  }

  /** An initiative's bar on the timeline. */
  timelineItem(id: string): Locator {
    return this.page.locator(`[data-testid="timeline-item"][data-initiative-id="${id}"]`)
  }

  /** The timeline's link from one initiative to another (`data-kind`, `data-backwards`). */
  timelineLink(from: string, to: string): Locator {
    return this.page.locator(`[data-testid="timeline-link"][data-from="${from}"][data-to="${to}"]`)
  }

  /**
   * Whether the timeline's link from one initiative to another is drawn between their bars as they are now: its path
   * starts on a side of the `from` bar and ends on a side of the `to` bar (within 2 px).
   */
  async linkTouchesBars(from: string, to: string): Promise<boolean> {
    return this.page.evaluate(
      ([fromId, toId]) => {
        const link = document.querySelector(`[data-testid="timeline-link"][data-from="${fromId}"][data-to="${toId}"]`)
        const svg = link?.closest('svg')
        const numbers = link
          ?.querySelector('path')
          ?.getAttribute('d')
          ?.match(/-?\d+(\.\d+)?/g)
          ?.map(Number)
        const bar = (id: string) => document.querySelector(`[data-testid="timeline-item"][data-initiative-id="${id}"]`)
        const fromBar = bar(fromId)
        const toBar = bar(toId)
        if (!svg || !numbers || numbers.length < 4 || !fromBar || !toBar) return false
        const origin = svg.getBoundingClientRect()
        const touches = (x: number, y: number, element: Element) => {
          const rect = element.getBoundingClientRect()
          const [px, py] = [origin.left + x, origin.top + y]
          const onSide = Math.abs(px - rect.left) <= 2 || Math.abs(px - rect.right) <= 2
          return onSide && py >= rect.top - 2 && py <= rect.bottom + 2
        }
        const [x1, y1] = numbers as [number, number]
        const [x2, y2] = numbers.slice(-2) as [number, number]
        return touches(x1, y1, fromBar) && touches(x2, y2, toBar)
      },
      [from, to] as const,
    )
  }

  /** A metric's row of the effect summary, by the metric's name (`NPS`, or its label). */
  effectRow(name: string): Locator {
    return this.effectSummary.locator(`[data-testid="effect-row"][data-metric="${name}"]`)
  }

  /**
   * Adds an initiative as a user does: "Add an initiative" in the page header, then the panel's fields (wave, title,
   * necessity, status, owner, horizon, links, metric rows). Closes the panel afterwards and returns the new id.
   */
  async addInitiative(input: InitiativeInput): Promise<string> {
    await expect(this.drawer, 'no initiative panel is open').toHaveCount(0)
    await this.addButton.click()
    await expect(this.drawer).toBeVisible()
    const id = await this.drawer.getAttribute('data-initiative-id')
    expect(id, 'the panel shows the new initiative').toBeTruthy()
    await this.fillInitiative(input)
    await this.drawerClose.click()
    await expect(this.drawer).toHaveCount(0)
    return id!
  }

  /** Adds an initiative with a wave column's own "Add an initiative" button and names it; returns its id. */
  async addToWave(wave: Wave, title: string): Promise<string> {
    await expect(this.drawer, 'no initiative panel is open').toHaveCount(0)
    await this.waveColumn(wave).getByTestId('wave-add').click()
    await expect(this.drawer).toBeVisible()
    await expect(this.drawerWave(wave)).toHaveAttribute('aria-pressed', 'true')
    const id = await this.drawer.getAttribute('data-initiative-id')
    expect(id, 'the panel shows the new initiative').toBeTruthy()
    await this.fillInitiative({ title })
    await this.drawerClose.click()
    await expect(this.drawer).toHaveCount(0)
    return id!
  }

  /** Fills the open panel's fields from `input`. */
  async fillInitiative(input: InitiativeInput): Promise<void> {
    await expect(this.drawerTitle).toBeFocused()
    await this.drawerTitle.fill(input.title)
    if (input.wave !== undefined) {
      await this.drawerWave(input.wave).click()
      await expect(this.drawerWave(input.wave)).toHaveAttribute('aria-pressed', 'true')
    }
    if (input.necessity) await this.drawerNecessity.selectOption(input.necessity)
    if (input.status) await this.drawerStatus.selectOption(input.status)
    if (input.ownerIndex !== undefined) await this.drawerOwner.selectOption({ index: input.ownerIndex })
    if (input.horizon) {
      await this.drawerHorizonKind.selectOption('quarter')
      await this.drawerHorizonYear.selectOption(String(input.horizon.year))
      await this.drawerHorizonQuarter.selectOption(String(input.horizon.quarter))
    }
    for (const otherId of input.dependsOn ?? []) await this.drawerDependsAdd.selectOption(otherId)
    for (const otherId of input.parallelWith ?? []) await this.drawerParallelAdd.selectOption(otherId)
    for (const [index, metric] of (input.metrics ?? []).entries()) {
      await this.drawerMetricAdd.click()
      const row = this.drawerMetrics.nth(index)
      if (metric.kind) await this.metricKind(row).selectOption(metric.kind)
      await this.metricEffect(row).fill(metric.effect)
    }
    // The title is one line; its value is as typed.
    await expect(this.drawerTitle).toHaveValue(input.title)
  }

  /** A wave's column on the waves board. */
  waveColumn(wave: 1 | 2 | 3): Locator {
    return this.page.locator(`[data-testid="wave-column"][data-wave="${wave}"]`)
  }

  /** An initiative's card on the waves board. */
  initiativeCard(id: string): Locator {
    return this.page.locator(`[data-testid="initiative-card"][data-initiative-id="${id}"]`)
  }

  /** The badge on a card of the canvas. */
  badgeOn(cardId: string): Locator {
    return this.page.locator(`.tl-shape[data-shape-id="${cardId}"] [data-testid="card-roadmap-badge"]`)
  }

  /** Source links (within `scope`), with `data-card-id` and `data-status` (present/removed). */
  sourceLinks(scope: Locator): Locator {
    return scope.getByTestId('source-link')
  }

  /** Opens the roadmap from the top bar's switch and waits for it. */
  async open(): Promise<void> {
    await this.roadmapTab.click()
    await expect(this.page_).toBeVisible()
    await expect(this.page).toHaveURL(/\/b\/[^/]+\/roadmap/)
  }

  /** The ids of the cards the canvas has selected. */
  async selectedShapeIds(): Promise<string[]> {
    return this.page.evaluate(() =>
      (window.__cxmap!.editor as unknown as { getSelectedShapeIds(): string[] }).getSelectedShapeIds(),
    )
  }

  /** Where a page-space shape's centre is relative to the viewport centre, in screen pixels, and the zoom. */
  async offsetFromViewportCentre(shapeId: string): Promise<{ dx: number; dy: number; zoom: number } | null> {
    return this.page.evaluate((id) => {
      const editor = window.__cxmap!.editor as unknown as {
        getShapePageBounds(id: string): { midX: number; midY: number } | undefined
        pageToViewport(point: { x: number; y: number }): { x: number; y: number }
        getViewportScreenBounds(): { w: number; h: number }
        getZoomLevel(): number
      }
      const bounds = editor.getShapePageBounds(id)
      if (!bounds) return null
      const centre = editor.pageToViewport({ x: bounds.midX, y: bounds.midY })
      const viewport = editor.getViewportScreenBounds()
      return { dx: centre.x - viewport.w / 2, dy: centre.y - viewport.h / 2, zoom: editor.getZoomLevel() }
    }, shapeId)
  }
}
