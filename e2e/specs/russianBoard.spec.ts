import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { findEnglishText, formatEnglishText, type EnglishText } from '../support/englishText.ts'
import { expect, test, type User } from '../support/fixtures.ts'
import { chooseOption } from '../support/pages/IdentityDialog.ts'
import { JourneyBoard } from '../support/pages/JourneyBoard.ts'
import { RoadmapView, type RoadmapTabId } from '../support/pages/RoadmapView.ts'
import { SessionView } from '../support/pages/SessionView.ts'
import { paths } from '../support/paths.ts'

// A participant of a Russian board sees Russian only: our strings, tldraw's own UI (through its translations), names
// of departments and pages, numbers. Every screen is checked as the menus people open during a workshop show it.

const PEOPLE = ['Анна', 'Борис', 'Вера']
const ROADMAP_TABS: RoadmapTabId[] = ['waves', 'table', 'timeline', 'summary']

/** The English found on a page, tagged with the screen it was found on. */
async function collect(page: Page, screen: string, into: EnglishText[]): Promise<void> {
  for (const found of await findEnglishText(page, PEOPLE)) into.push({ ...found, where: `[${screen}] ${found.where}` })
}

async function openInRussian(user: User, link: string): Promise<void> {
  await user.openBoard(link)
  await user.board.waitConnected()
  await chooseOption(user.board.localeSwitch, 'ru')
  await expect(user.page.locator('html')).toHaveAttribute('lang', 'ru')
}

async function closeWithEscape(page: Page): Promise<void> {
  await page.keyboard.press('Escape')
}

test.describe('a Russian board in Russian', () => {
  test('facilitator, editor and viewer see no English in the board, its menus, the cockpit and the roadmap', async ({
    api,
    openUser,
  }) => {
    test.setTimeout(180_000)
    const board = await api.createBoard('Воркшоп: банк', { locale: 'ru', template: 'base-cjm', withExample: true })
    const anna = await openUser({ name: PEOPLE[0]!, department: 'Маркетинг' })
    const boris = await openUser({ name: PEOPLE[1]!, department: 'Персонал' })
    const vera = await openUser({ name: PEOPLE[2]!, department: 'Продажи' })
    await openInRussian(anna, board.links.facilitator)
    await openInRussian(boris, board.links.editor)
    await openInRussian(vera, board.links.viewer)
    const found: EnglishText[] = []
    const dir = path.join(paths.artifacts, 'russian-board')
    await mkdir(dir, { recursive: true })

    // The tldraw page is named in the board's language.
    const pageName = await anna.page.evaluate(
      () => (window.__cxmap!.editor as unknown as { getCurrentPage(): { name: string } }).getCurrentPage().name,
    )
    expect(pageName).toBe('Страница 1')

    for (const [user, role] of [
      [anna, 'facilitator'],
      [boris, 'editor'],
      [vera, 'viewer'],
    ] as const) {
      const page = user.page
      await collect(page, `${role}: board`, found)
      await page.getByTestId('main-menu.button').click()
      await expect(page.locator('.tlui-menu').first()).toBeVisible()
      await collect(page, `${role}: tldraw main menu`, found)
      await page.screenshot({ path: path.join(dir, `${role}-main-menu.png`) })
      await closeWithEscape(page)
    }

    // The facilitator's screens: a card's context menu, the export menu, departments, the cockpit, the roadmap.
    const page = anna.page
    const map = new JourneyBoard(anna.board)
    await map.showWholeGrid(await map.onlyGrid())
    const [card] = await map.cards()
    if (!card) throw new Error('the example board has no cards')
    const [x, y] = await map.cardLabelPoint(card)
    await page.mouse.click(x, y, { button: 'right' })
    await expect(page.getByTestId('context-menu')).toBeVisible()
    await collect(page, 'context menu of a card', found)
    await page.screenshot({ path: path.join(dir, 'context-menu.png') })
    await closeWithEscape(page)

    await page.getByTestId('main-menu.button').click()
    await page.getByTestId('main-menu.keyboard-shortcuts-button').click()
    await expect(page.locator('.tlui-shortcuts-dialog__header')).toBeVisible()
    await collect(page, 'keyboard shortcuts', found)
    await page.screenshot({ path: path.join(dir, 'shortcuts.png') })
    await closeWithEscape(page)

    await page.getByTestId('export-button').click()
    await expect(page.getByTestId('export-menu')).toBeVisible()
    await collect(page, 'export menu', found)
    await closeWithEscape(page)

    await map.departmentsButton.click()
    await expect(map.departmentsPanel).toBeVisible()
    const names = await map.departmentRows
      .locator('input[type="text"], input:not([type])')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
    expect(names.filter((name) => name === 'Персонал')).toHaveLength(1)
    expect(names).not.toContain('HR')
    await collect(page, 'departments panel', found)
    await map.departmentsButton.click()

    const session = new SessionView(page)
    await session.openCockpit()
    await collect(page, 'facilitator cockpit', found)

    const roadmap = new RoadmapView(page)
    await roadmap.open()
    for (const tab of ROADMAP_TABS) {
      await roadmap.showTab(tab)
      await collect(page, `roadmap: ${tab}`, found)
    }

    await page.screenshot({ path: path.join(dir, 'facilitator-roadmap.png') })
    const unique = [...new Map(found.map((item) => [`${item.source}|${item.text}|${item.where}`, item])).values()]
    expect(unique, `English on a Russian board:\n${formatEnglishText(unique)}`).toEqual([])
  })
})
