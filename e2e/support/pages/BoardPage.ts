import { expect, type Locator, type Page } from '@playwright/test'
import type { HookShape } from '../hook.ts'

/** Connection states the `connection-status` badge shows in `data-status`. */
export type ConnectionStatus = 'connected' | 'reconnecting' | 'offline'

/** A point in the canvas element's own CSS pixels (0,0 = its top-left corner). */
export interface CanvasPoint {
  x: number
  y: number
}

/** A rectangle in page (board) coordinates. */
export interface PageRect {
  x: number
  y: number
  w: number
  h: number
}

const HOOK_TIMEOUT_MS = 30_000

/**
 * The board page. Acts like a user (mouse, keyboard) where that is the point of a test, and reads the board through
 * the test hook (`window.__cxmap`) rather than from pixels.
 */
export class BoardPage {
  readonly title: Locator
  readonly titleInput: Locator
  readonly roleBadge: Locator
  readonly connectionStatus: Locator
  readonly shareButton: Locator
  readonly participants: Locator
  readonly participantItems: Locator
  readonly localeSwitch: Locator
  readonly boardError: Locator
  readonly reloadBanner: Locator
  readonly canvas: Locator

  constructor(readonly page: Page) {
    this.title = page.getByTestId('board-title')
    this.titleInput = page.getByTestId('board-title-input')
    this.roleBadge = page.getByTestId('role-badge')
    this.connectionStatus = page.getByTestId('connection-status')
    this.shareButton = page.getByTestId('share-button')
    this.participants = page.getByTestId('participants')
    this.participantItems = page.getByTestId('participant')
    this.localeSwitch = page.getByTestId('locale-switch')
    this.boardError = page.getByTestId('board-error')
    this.reloadBanner = page.getByTestId('reload-banner')
    this.canvas = page.getByTestId('canvas')
  }

  shareLink(role: 'facilitator' | 'editor' | 'viewer'): Locator {
    return this.page.getByTestId(`share-link-${role}`)
  }

  /** tldraw's cursor of a collaborator, found by the name on its tag. */
  collaboratorCursor(name: string): Locator {
    return this.page.locator('.tl-collaborator__cursor').filter({ hasText: name })
  }

  /** Waits until the test hook is up with an editor. */
  async waitForHook(): Promise<void> {
    await this.page.waitForFunction(() => !!window.__cxmap?.editor, undefined, { timeout: HOOK_TIMEOUT_MS })
  }

  /** Waits for the badge and the hook both to say the board is connected, and the first sync to be done. */
  async waitConnected(): Promise<void> {
    await expect(this.connectionStatus).toHaveAttribute('data-status', 'connected', { timeout: HOOK_TIMEOUT_MS })
    await this.page.waitForFunction(() => window.__cxmap?.provider.synced === true, undefined, {
      timeout: HOOK_TIMEOUT_MS,
    })
  }

  async expectStatus(statuses: ConnectionStatus[]): Promise<void> {
    await expect(this.connectionStatus).toHaveAttribute('data-status', new RegExp(`^(${statuses.join('|')})$`))
  }

  async reload(): Promise<void> {
    await this.page.reload()
    await this.waitForHook()
  }

  /**
   * The token this tab opened the board with: the client takes it out of the address bar and keeps it in
   * sessionStorage (`client/src/state/boardToken.ts`).
   */
  async tabToken(): Promise<string | null> {
    const boardId = /^\/b\/([A-Za-z0-9_-]+)/.exec(new URL(this.page.url()).pathname)?.[1]
    if (!boardId) throw new Error(`not a board page: ${this.page.url()}`)
    return this.page.evaluate((id) => sessionStorage.getItem(`cxmap.token.${id}`), boardId)
  }

  async role(): Promise<string> {
    return this.page.evaluate(() => window.__cxmap!.role)
  }

  async hookStatus(): Promise<string> {
    return this.page.evaluate(() => window.__cxmap!.getStatus())
  }

  async isReadonly(): Promise<boolean> {
    return this.page.evaluate(() => window.__cxmap!.editor.getIsReadonly())
  }

  async currentToolId(): Promise<string> {
    return this.page.evaluate(() => window.__cxmap!.editor.getCurrentToolId())
  }

  async shapes(): Promise<HookShape[]> {
    return this.page.evaluate(() => JSON.parse(JSON.stringify(window.__cxmap!.editor.getCurrentPageShapes())))
  }

  async shape(id: string): Promise<HookShape | null> {
    return this.page.evaluate(
      (shapeId) => JSON.parse(JSON.stringify(window.__cxmap!.editor.getShape(shapeId) ?? null)),
      id,
    )
  }

  async shapeIds(): Promise<string[]> {
    return (await this.shapes()).map((shape) => shape.id).sort()
  }

  /** Creates a rectangle through the editor, as the user's own change; returns its id. */
  async createRectangle(rect: PageRect, id = newShapeId()): Promise<string> {
    await this.page.evaluate(
      ({ shapeId, rect }) => {
        window.__cxmap!.editor.createShape({
          id: shapeId,
          type: 'geo',
          x: rect.x,
          y: rect.y,
          props: { geo: 'rectangle', w: rect.w, h: rect.h },
        })
      },
      { shapeId: id, rect },
    )
    return id
  }

  /** Moves a shape through the editor; returns the page's clock (ms, `timeOrigin + now()`) just before the move. */
  async moveShape(id: string, x: number, y: number): Promise<number> {
    return this.page.evaluate(
      ({ shapeId, x, y }) => {
        const editor = window.__cxmap!.editor
        const shape = editor.getShape(shapeId)
        if (!shape) throw new Error(`no shape ${shapeId}`)
        const startedAt = performance.timeOrigin + performance.now()
        editor.updateShape({ id: shapeId, type: shape.type, x, y })
        return startedAt
      },
      { shapeId: id, x, y },
    )
  }

  async setShapeProps(id: string, props: Record<string, unknown>): Promise<void> {
    await this.page.evaluate(
      ({ shapeId, props }) => {
        const editor = window.__cxmap!.editor
        const shape = editor.getShape(shapeId)
        if (!shape) throw new Error(`no shape ${shapeId}`)
        editor.updateShape({ id: shapeId, type: shape.type, props })
      },
      { shapeId: id, props },
    )
  }

  /** Clicks an empty spot of the canvas (no shape, no UI over it) so tldraw has focus and shortcuts reach it. */
  /** Clears this person's selection. */
  async selectNone(): Promise<void> {
    // A block body: selectNone returns the editor, which page.evaluate would try (and, as the editor grows, fail) to
    // serialize.
    await this.page.evaluate(() => {
      window.__cxmap!.editor.selectNone()
    })
  }

  async focusCanvas(): Promise<void> {
    await this.canvas.click({ position: await this.findEmptyCanvasPoint() })
  }

  /** A canvas point where the canvas itself (not a shape, not a panel over it) is what a click would hit. */
  async findEmptyCanvasPoint(): Promise<CanvasPoint> {
    const point = await this.canvas.evaluate((canvas) => {
      const box = canvas.getBoundingClientRect()
      for (let fy = 0.2; fy < 0.9; fy += 0.1) {
        for (let fx = 0.1; fx < 0.9; fx += 0.1) {
          const x = box.left + box.width * fx
          const y = box.top + box.height * fy
          const hit = document.elementFromPoint(x, y)
          if (hit && canvas.contains(hit) && !hit.closest('.tl-shape')) return { x: x - box.left, y: y - box.top }
        }
      }
      return null
    })
    if (!point) throw new Error('no empty spot on the canvas to click')
    return point
  }

  /** Picks the rectangle tool with its shortcut ('r') and drags from one canvas point to another. */
  async drawRectangleWithMouse(from: CanvasPoint, to: CanvasPoint): Promise<void> {
    await this.focusCanvas()
    await this.page.keyboard.press('r')
    await this.dragOnCanvas(from, to)
  }

  async dragOnCanvas(from: CanvasPoint, to: CanvasPoint): Promise<void> {
    const box = await this.canvas.boundingBox()
    if (!box) throw new Error('canvas is not visible')
    await this.page.mouse.move(box.x + from.x, box.y + from.y)
    await this.page.mouse.down()
    await this.page.mouse.move(box.x + to.x, box.y + to.y, { steps: 8 })
    await this.page.mouse.up()
  }

  /** Moves the mouse along the points, as a user does, so presence (the cursor) is broadcast. */
  async hoverCanvas(points: CanvasPoint[]): Promise<void> {
    const box = await this.canvas.boundingBox()
    if (!box) throw new Error('canvas is not visible')
    for (const point of points) await this.page.mouse.move(box.x + point.x, box.y + point.y, { steps: 4 })
  }

  /** Reads a share link from its element: an input's value, a link's href, or the element's text. */
  async readShareLink(role: 'facilitator' | 'editor' | 'viewer'): Promise<string> {
    return this.shareLink(role).evaluate((element) => {
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element.value
      if (element instanceof HTMLAnchorElement) return element.href
      return element.textContent?.trim() ?? ''
    })
  }

  /** Renames the board through the title control (click the title to edit where it is not already an input). */
  async rename(title: string): Promise<void> {
    if (!(await this.titleInput.isVisible())) await this.title.click()
    await this.titleInput.fill(title)
    await this.titleInput.press('Enter')
  }
}

/** A fresh tldraw shape id (`shape:` + random), made on the Node side so a test knows it before the shape exists. */
export function newShapeId(): string {
  return `shape:e2e${Math.random().toString(36).slice(2, 12)}`
}
