import { expect, type Locator, type Page } from '@playwright/test'

/** Who a browser context is: what the identity dialog asks on a first visit. */
export interface Identity {
  name: string
  department: string
  /** Which of the offered colours to pick, counted from 0 in the dialog's order. */
  colorIndex: number
}

/** The first-visit dialog that asks for name, colour and department. */
export class IdentityDialog {
  readonly root: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('identity-dialog')
  }

  /** Fills the dialog and saves; the dialog must be open. */
  async complete(identity: Identity): Promise<void> {
    await expect(this.root).toBeVisible()
    await this.page.getByTestId('identity-name').fill(identity.name)
    await chooseOption(this.page.getByTestId('identity-department'), identity.department)
    await this.page.locator('[data-testid^="identity-color-"]').nth(identity.colorIndex).click()
    await this.page.getByTestId('identity-save').click()
    await expect(this.root).toBeHidden()
  }
}

/**
 * Sets a form control that the contract names but whose kind it leaves open: a `<select>` gets the option whose
 * value or label matches `wanted` (else its first non-empty option), anything else is typed into.
 */
export async function chooseOption(control: Locator, wanted: string): Promise<void> {
  const tag = await control.evaluate((element) => element.tagName)
  if (tag !== 'SELECT') {
    await control.fill(wanted)
    return
  }
  const options = await control
    .locator('option')
    .evaluateAll((elements) =>
      elements.map((element) => ({ value: (element as HTMLOptionElement).value, label: element.textContent ?? '' })),
    )
  const lower = wanted.toLowerCase()
  const match =
    options.find((option) => option.value.toLowerCase() === lower || option.label.trim().toLowerCase() === lower) ??
    options.find((option) => option.value !== '')
  if (!match) throw new Error(`no option to choose in ${control}`)
  await control.selectOption(match.value)
}
