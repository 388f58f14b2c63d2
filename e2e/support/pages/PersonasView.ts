import { expect, type Locator, type Page } from '@playwright/test'
import type { User } from '../fixtures.ts'
import { JourneyBoard, type CardShape } from './JourneyBoard.ts'

/** The personas panel and the persona controls on cards and grids, as one person sees them. */
export class PersonasView {
  readonly page: Page
  readonly map: JourneyBoard
  readonly button: Locator
  readonly panel: Locator
  readonly rows: Locator

  constructor(readonly user: User) {
    this.page = user.page
    this.map = new JourneyBoard(user.board)
    this.button = this.page.getByTestId('personas-button')
    this.panel = this.page.getByTestId('personas-panel')
    this.rows = this.page.getByTestId('persona-row')
  }

  row(id: string): Locator {
    return this.rows.and(this.page.locator(`[data-persona-id="${id}"]`))
  }

  async open(): Promise<void> {
    if (!(await this.panel.isVisible())) await this.button.click()
    await expect(this.panel).toBeVisible()
  }

  /** Adds a persona, names it and gives it a segment; returns its id. */
  async add(name: string, segment: string): Promise<string> {
    const before = await this.ids()
    await this.panel.getByTestId('persona-add').click()
    await expect.poll(async () => (await this.ids()).length).toBe(before.length + 1)
    const id = (await this.ids()).find((known) => !before.includes(known))!
    const form = this.row(id).getByTestId('persona-form')
    const nameField = form.getByTestId('persona-field-name')
    await expect(nameField).toBeFocused()
    await nameField.fill(name)
    await nameField.press('Enter')
    await form.getByTestId('persona-field-segment').fill(segment)
    await form.getByTestId('persona-field-segment').press('Enter')
    await expect(this.row(id).getByTestId('persona-name')).toHaveText(name)
    return id
  }

  /** Types into a persona's text fields (each is written when it loses the focus). */
  async fill(id: string, fields: Record<'goals' | 'preferences' | 'constraints' | 'value', string>): Promise<void> {
    const form = await this.openForm(id)
    for (const [field, value] of Object.entries(fields)) {
      const input = form.getByTestId(`persona-field-${field}`)
      await input.fill(value)
      await input.blur()
    }
  }

  /** Opens a persona's form (a click on the row toggles it). */
  async openForm(id: string): Promise<Locator> {
    const form = this.row(id).getByTestId('persona-form')
    if (!(await form.isVisible())) await this.row(id).getByTestId('persona-open').click()
    await expect(form).toBeVisible()
    return form
  }

  /** Fits the journey grids in the window and waits for the camera to stop moving. */
  async fitGrids(): Promise<void> {
    await this.page.getByTestId('fit-grids').click()
    let last = ''
    await expect
      .poll(async () => {
        const camera = await this.page.evaluate(() =>
          JSON.stringify((window.__cxmap!.editor as unknown as { getCamera(): unknown }).getCamera()),
        )
        const isStill = camera === last
        last = camera
        return isStill
      }, 'the camera settles')
      .toBe(true)
  }

  async ids(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-persona-id') ?? ''))
  }

  /** Brings a card to the middle of the screen at 100 % and picks its persona in the card's own control. */
  async setCardPersona(card: CardShape, personaId: string): Promise<void> {
    await this.map.centerOn({ x: card.x + card.props.w / 2, y: card.y + card.props.h / 2 }, 1)
    await this.map.cardElement(card.id).getByTestId('card-persona').click()
    await this.page.getByTestId('persona-picker').getByTestId(`persona-option-${personaId}`).click()
    await expect(this.map.cardElement(card.id)).toHaveAttribute('data-persona-id', personaId)
  }

  /** The persona ids of the emotion curve's lines, as the overlay draws them (empty while the curve is single). */
  async curvePersonaIds(): Promise<string[]> {
    return this.page
      .locator('[data-testid="persona-curves"] g[data-persona-id]')
      .evaluateAll((lines) => lines.map((line) => line.getAttribute('data-persona-id') ?? ''))
  }
}
