import { expect, type Locator, type Page } from '@playwright/test'

/** The admin page `/admin`: the token form, then every board of the server. */
export class AdminPage {
  readonly tokenInput: Locator
  readonly tokenSubmit: Locator
  readonly error: Locator
  readonly table: Locator
  readonly rows: Locator
  readonly totals: Locator
  readonly refreshButton: Locator
  readonly deleteDialog: Locator

  constructor(readonly page: Page) {
    this.tokenInput = page.getByTestId('admin-token')
    this.tokenSubmit = page.getByTestId('admin-token-submit')
    this.error = page.getByTestId('admin-error')
    this.table = page.getByTestId('admin-boards')
    this.rows = page.getByTestId('admin-board-row')
    this.totals = page.getByTestId('admin-totals')
    this.refreshButton = page.getByTestId('admin-refresh')
    this.deleteDialog = page.getByTestId('admin-delete-dialog')
  }

  async goto(): Promise<void> {
    await this.page.goto('/admin')
  }

  async signIn(token: string): Promise<void> {
    await this.tokenInput.fill(token)
    await this.tokenSubmit.click()
  }

  row(boardId: string): Locator {
    return this.page.locator(`[data-testid="admin-board-row"][data-board-id="${boardId}"]`)
  }

  /** Presses Refresh until the board's row shows `connections` open board pages. */
  async expectConnections(boardId: string, connections: number): Promise<void> {
    await expect(async () => {
      await this.refreshButton.click()
      await expect(this.row(boardId).getByTestId('admin-board-connections')).toHaveText(String(connections), {
        timeout: 1000,
      })
    }).toPass({ timeout: 15_000 })
  }
}
