import { expect, type Locator, type Page } from '@playwright/test'

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
