import { expect, type Locator, type Page } from '@playwright/test'

/** A box on the page, in CSS pixels. */
export interface ScreenBox {
  x: number
  y: number
  width: number
  height: number
}

/** What covers an element: its label and the topmost element at a covered point ('' when nothing does). */
export interface Obstruction {
  label: string
  coveredBy: string
}

/**
 * The session as one person sees it: the session dock between the top bar and the canvas, the facilitator's cockpit,
 * and checks that titles and tabs are on screen and not covered by any panel (bounding boxes, element at point).
 */
export class SessionView {
  readonly dock: Locator
  readonly dockToggle: Locator
  readonly cockpitButton: Locator
  readonly cockpit: Locator
  readonly fitGridsButton: Locator

  constructor(readonly page: Page) {
    this.dock = page.getByTestId('session-dock')
    this.dockToggle = page.getByTestId('session-dock-toggle')
    this.cockpitButton = page.getByTestId('workshop-button')
    this.cockpit = page.getByTestId('workshop-panel')
    this.fitGridsButton = page.getByTestId('fit-grids')
  }

  control(testId: string): Locator {
    return this.cockpit.getByTestId(testId)
  }

  async openCockpit(): Promise<void> {
    if (!(await this.cockpit.isVisible())) await this.cockpitButton.click()
    await expect(this.cockpit).toBeVisible()
  }

  async closeCockpit(): Promise<void> {
    if (await this.cockpit.isVisible()) await this.cockpitButton.click()
    await expect(this.cockpit).toHaveCount(0)
  }

  /** Starts a 5-minute timer, a two-step agenda on its first step and a vote, from the cockpit. */
  async startTimerAgendaAndVote(steps: [string, string]): Promise<void> {
    await this.openCockpit()
    await this.control('timer-preset-5').click()
    await this.control('timer-start').click()
    for (const title of steps) {
      const input = this.control('agenda-new-step')
      await input.fill(title)
      await input.press('Enter')
      await expect(input).toHaveValue('')
    }
    await this.control('agenda-make-current').first().click()
    await this.control('vote-open').click()
    await expect(this.control('vote-current')).toHaveAttribute('data-status', 'open')
    await this.closeCockpit()
    for (const part of ['timer-display', 'agenda-display', 'vote-bar']) {
      await expect(this.dock.getByTestId(part)).toBeVisible()
    }
  }

  /** The canvas element's box. */
  async canvasBox(): Promise<ScreenBox> {
    const box = await this.page.getByTestId('canvas').boundingBox()
    if (!box) throw new Error('the canvas is not visible')
    return box
  }

  /**
   * Every element of `locator` that is not fully inside `within` or that something else covers at its centre or near
   * its corners, with what covers it. Empty when all are on screen and uncovered.
   */
  async findObstructed(locator: Locator, within: ScreenBox): Promise<Obstruction[]> {
    return locator.evaluateAll((elements, area) => {
      const describe = (element: Element | null) =>
        element
          ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${Array.from(element.classList).join('.')}` +
            (element.closest('[data-testid]')
              ? ` in [data-testid=${element.closest('[data-testid]')!.getAttribute('data-testid')}]`
              : '')
          : 'nothing (off screen)'
      const problems: { label: string; coveredBy: string }[] = []
      for (const element of elements) {
        const box = element.getBoundingClientRect()
        const label = (element.textContent ?? '').trim() || element.className.toString()
        const isInside =
          box.left >= area.x - 0.5 &&
          box.top >= area.y - 0.5 &&
          box.right <= area.x + area.width + 0.5 &&
          box.bottom <= area.y + area.height + 0.5
        if (!isInside) {
          problems.push({
            label,
            coveredBy: `outside the visible area (${Math.round(box.left)},${Math.round(box.top)})`,
          })
          continue
        }
        const inset = Math.min(3, box.width / 4, box.height / 4)
        const points = [
          [box.left + box.width / 2, box.top + box.height / 2],
          [box.left + inset, box.top + inset],
          [box.right - inset, box.top + inset],
          [box.left + inset, box.bottom - inset],
          [box.right - inset, box.bottom - inset],
        ] as const
        for (const [x, y] of points) {
          const hit = document.elementFromPoint(x, y)
          // tldraw's shapes take no pointer events (it hit-tests them itself): a point that reaches the canvas's own
          // layers reaches the title; only a panel above the canvas covers it.
          if (hit && (element.contains(hit) || hit.contains(element) || hit.closest('.tl-canvas'))) continue
          problems.push({ label, coveredBy: describe(hit) })
          break
        }
      }
      return problems
    }, within)
  }
}
