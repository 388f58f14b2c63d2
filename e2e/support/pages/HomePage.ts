import { expect, type Locator, type Page } from '@playwright/test'
import { chooseOption } from './IdentityDialog.ts'

/** The home page: create a board, the boards this browser knows, open a board by its link, import a board file. */
export class HomePage {
  readonly createTitle: Locator
  readonly createLocale: Locator
  readonly createSubmit: Locator
  readonly boardList: Locator
  readonly boardListItems: Locator
  readonly openLinkInput: Locator
  readonly openLinkSubmit: Locator
  readonly errorMessage: Locator
  readonly importInput: Locator
  readonly importError: Locator

  constructor(readonly page: Page) {
    this.createTitle = page.getByTestId('create-title')
    this.createLocale = page.getByTestId('create-locale')
    this.createSubmit = page.getByTestId('create-submit')
    this.boardList = page.getByTestId('board-list')
    this.boardListItems = page.getByTestId('board-list-item')
    this.openLinkInput = page.getByTestId('open-link-input')
    this.openLinkSubmit = page.getByTestId('open-link-submit')
    this.errorMessage = page.getByTestId('error-message')
    this.importInput = page.getByTestId('import-board-input')
    this.importError = page.getByTestId('import-board-error')
  }

  async goto(): Promise<void> {
    await this.page.goto('/')
    await expect(this.createTitle).toBeVisible()
  }

  /** Submits the create form and waits for the new board's page; returns the board id from the URL. */
  async createBoard(title: string, locale?: 'en' | 'ru'): Promise<string> {
    await this.createTitle.fill(title)
    if (locale) await chooseOption(this.createLocale, locale)
    await this.createSubmit.click()
    await this.page.waitForURL(/\/b\/[A-Za-z0-9_-]+/)
    const id = /\/b\/([A-Za-z0-9_-]+)/.exec(this.page.url())?.[1]
    if (!id) throw new Error(`not a board URL: ${this.page.url()}`)
    return id
  }

  /** Pastes a link (or anything) into "open by link" and submits it. */
  async openLink(text: string): Promise<void> {
    await this.openLinkInput.fill(text)
    await this.openLinkSubmit.click()
  }

  boardListItem(title: string): Locator {
    return this.boardListItems.filter({ hasText: title })
  }
}
