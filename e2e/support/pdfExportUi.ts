// The PDF spec's page object and helpers: the Export menu and PDF dialog, the facilitator's board, page sizes.
import { parseBoardLink, type CreateBoardResponse } from '@cxmap/shared'
import type { Download, Locator, Page } from '@playwright/test'
import { expect, type User } from './fixtures.ts'
import { JourneyBoard, type GridShape } from './pages/JourneyBoard.ts'
import { isPageSize, type PdfPage } from './pdf.ts'

/** The top bar's Export menu and its PDF dialog (client/src/export). */
export class ExportUi {
  readonly button: Locator
  readonly menu: Locator
  readonly dialog: Locator
  readonly download: Locator
  readonly progress: Locator
  readonly cancel: Locator
  readonly error: Locator
  readonly openPrintView: Locator
  readonly lang: Locator

  constructor(readonly page: Page) {
    this.button = page.getByTestId('export-button')
    this.menu = page.getByTestId('export-menu')
    this.dialog = page.getByTestId('pdf-dialog')
    this.download = page.getByTestId('pdf-download')
    this.progress = page.getByTestId('pdf-progress')
    this.cancel = page.getByTestId('pdf-cancel')
    this.error = page.getByTestId('pdf-error')
    this.openPrintView = page.getByTestId('pdf-open-print-view')
    this.lang = page.getByTestId('pdf-lang')
  }

  item(id: string): Locator {
    return this.page.getByTestId(`export-${id}`)
  }

  section(name: string): Locator {
    return this.page.getByTestId(`pdf-section-${name}`)
  }

  async openMenu(): Promise<void> {
    if (await this.menu.isVisible()) return
    await this.button.click()
    await expect(this.menu).toBeVisible()
  }

  async openPdfDialog(): Promise<void> {
    await this.openMenu()
    await this.item('pdf').click()
    await expect(this.dialog).toBeVisible()
  }

  /** Picks paper and orientation in the dialog. */
  async choosePaper(size: 'A4' | 'A3', orientation: 'landscape' | 'portrait'): Promise<void> {
    await this.page.getByTestId(`pdf-size-${size}`).check()
    await this.page.getByTestId(`pdf-orientation-${orientation}`).check()
  }

  /** Clicks a menu item that downloads a file and returns the download. */
  async downloadItem(id: string): Promise<Download> {
    await this.openMenu()
    const downloading = this.page.waitForEvent('download')
    await this.item(id).click()
    return downloading
  }
}

/** The board's token of a role, from its link's fragment. */
export function tokenOf(link: string): string {
  const token = parseBoardLink(link)?.token
  if (!token) throw new Error(`no token in ${link}`)
  return token
}

/** Opens a Russian Base CJM board as its facilitator, connected, and returns the user, the map and its one grid. */
export async function openFacilitator(
  openUser: (options: { name: string; department?: string }) => Promise<User>,
  board: CreateBoardResponse,
): Promise<{ anna: User; map: JourneyBoard; grid: GridShape }> {
  const anna = await openUser({ name: 'Анна', department: 'Продажи' })
  await anna.openBoard(board.links.facilitator)
  await anna.board.waitConnected()
  const map = new JourneyBoard(anna.board)
  return { anna, map, grid: await map.onlyGrid() }
}

/** Asserts that every page is `size` landscape within 1 pt, naming the pages that are not. */
export function expectPagesOfSize(pages: PdfPage[], size: { w: number; h: number }, name: string): void {
  const wrong = pages.filter((page) => !isPageSize(page, size))
  expect(
    wrong.map((page) => `page ${page.number}: ${page.widthPt.toFixed(1)} × ${page.heightPt.toFixed(1)} pt`),
    `every page is ${name} (${size.w.toFixed(0)} × ${size.h.toFixed(0)} pt ± 1)`,
  ).toEqual([])
}
