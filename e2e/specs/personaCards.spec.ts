import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { expect, type Locator } from '@playwright/test'
import { test, type User } from '../support/fixtures.ts'
import { chooseOption } from '../support/pages/IdentityDialog.ts'
import { PersonasView } from '../support/pages/PersonasView.ts'
import { paths } from '../support/paths.ts'
import { tokenOf } from '../support/pdfExportUi.ts'

// Issue 14, personas on the board: an editor places persona cards on a Russian board from the personas panel, a
// second person sees them, a card follows the persona's edits live and says so when it is deleted, a double-click
// opens the persona in the panel; a viewer sees the cards and cannot place one.

/** A persona card as the store holds it. */
interface PersonaCardRecord {
  id: string
  x: number
  y: number
  props: { personaId: string; w: number; h: number }
}

/** One person's personas panel and persona cards. */
class PersonaCardsView extends PersonasView {
  card(personaId: string): Locator {
    return this.page.locator(`[data-testid="persona-card"][data-persona-id="${personaId}"]`)
  }

  /** Adds a persona with all its fields and closes its form; returns its id. */
  async addWithFields(fields: Record<'name' | 'segment' | 'goals' | 'preferences' | 'constraints' | 'value', string>) {
    const { name, segment, ...texts } = fields
    const id = await this.add(name, segment)
    await this.fill(id, texts)
    await this.row(id).getByTestId('persona-open').click()
    return id
  }

  /** The persona cards of the current page, as the store holds them. */
  async cards(): Promise<PersonaCardRecord[]> {
    return this.page.evaluate(() => {
      const editor = window.__cxmap!.editor as unknown as {
        getCurrentPageShapes(): (PersonaCardRecord & { type: string })[]
      }
      return editor
        .getCurrentPageShapes()
        .filter((shape) => shape.type === 'cx-persona')
        .map(({ id, x, y, props }) => ({ id, x, y, props }))
    })
  }

  /** Brings a persona card to the middle of the window at 100 %. */
  async showCard(card: PersonaCardRecord): Promise<void> {
    await this.map.centerOn({ x: card.x + card.props.w / 2, y: card.y + card.props.h / 2 }, 1)
  }
}

async function openInRussian(user: User, link: string): Promise<PersonaCardsView> {
  await user.openBoard(link)
  await user.board.waitConnected()
  await chooseOption(user.board.localeSwitch, 'ru')
  await expect(user.page.locator('html')).toHaveAttribute('lang', 'ru')
  return new PersonaCardsView(user)
}

test.describe('persona cards on the board', () => {
  test('an editor places persona cards, others see them live, a viewer cannot place one', async ({ api, openUser }) => {
    test.setTimeout(150_000)
    const board = await api.createBoard('Подключение интернета', {
      locale: 'ru',
      template: 'base-cjm',
      withExample: true,
    })
    const anna = await openInRussian(await openUser({ name: 'Анна', department: 'Маркетинг' }), board.links.editor)
    const boris = await openInRussian(await openUser({ name: 'Борис', department: 'Сервис' }), board.links.editor)

    await anna.open()
    const student = await anna.addWithFields({
      name: 'Студент Олег',
      segment: 'Молодёжь, тариф «Старт»',
      goals: 'Быстро подключить интернет в съёмной квартире, без визита в офис',
      preferences: 'Всё в приложении, оплата картой, чат вместо звонков',
      constraints: 'Небольшой бюджет, переезжает раз в год',
      value: 'Низкий ARPU сегодня; через 3–5 лет — семейный тариф с ТВ',
    })
    const family = await anna.addWithFields({
      name: 'Семья Ивановых',
      segment: 'Семьи, тариф «Дом+ТВ»',
      goals: 'Стабильный интернет и ТВ для всей семьи',
      preferences: 'Один счёт за всё, мастер в удобное время',
      constraints: 'Нет времени разбираться с настройками',
      value: 'Высокий ARPU, долгий срок жизни клиента',
    })
    await anna.row(student).getByTestId('persona-open').click()
    await anna.row(student).getByTestId(`persona-moves-${family}`).check()
    await anna.row(student).getByTestId('persona-open').click()

    // Anna looks at empty space left of the journey and places both personas: the second lines up after the first.
    const grid = await anna.map.onlyGrid()
    await anna.map.centerOn({ x: grid.x - 700, y: grid.y + 300 }, 1)
    await anna.row(student).getByTestId('persona-place').click()
    await expect.poll(async () => (await anna.cards()).length).toBe(1)
    await anna.row(family).getByTestId('persona-open').click()
    const placeNamed = anna.row(family).getByTestId('persona-form-place')
    await expect(placeNamed).toHaveText('Разместить на доске')
    await placeNamed.click()
    await anna.row(family).getByTestId('persona-open').click()
    await expect.poll(async () => (await anna.cards()).length).toBe(2)
    const [first, second] = await anna.cards()
    expect(first!.props.personaId).toBe(student)
    expect(second!.props.personaId).toBe(family)
    expect(second!.x, 'placed after the first').toBeGreaterThan(first!.x + first!.props.w)
    expect(second!.y).toBe(first!.y)
    expect(second!.x + second!.props.w, 'clear of the journey').toBeLessThan(grid.x)
    await expect(anna.card(student).getByTestId('persona-card-name')).toHaveText('Студент Олег')
    await expect(anna.card(student)).toContainText('Небольшой бюджет, переезжает раз в год')
    await expect(anna.card(student).getByTestId('persona-card-moves')).toContainText('Семья Ивановых')
    await expect(anna.card(student)).toContainText('Цели / задачи (JTBD)')
    await anna.showCard(first!)
    await mkdir(path.join(paths.artifacts, 'personas'), { recursive: true })
    await anna.card(student).screenshot({ path: path.join(paths.artifacts, 'personas', 'persona-card-100.png') })

    // Boris sees both cards; Anna renames the student in the panel and the card follows on both screens.
    await expect.poll(async () => (await boris.cards()).map((card) => card.props.personaId)).toEqual([student, family])
    await boris.showCard(first!)
    await expect(boris.card(student).getByTestId('persona-card-name')).toHaveText('Студент Олег')
    await anna.row(student).getByTestId('persona-open').click()
    const nameField = anna.row(student).getByTestId('persona-field-name')
    await nameField.fill('Студент Олег Петров')
    await nameField.blur()
    await expect(boris.card(student).getByTestId('persona-card-name')).toHaveText('Студент Олег Петров')
    await expect(anna.card(student).getByTestId('persona-card-name')).toHaveText('Студент Олег Петров')

    // A double-click on the card opens the persona in Boris's panel.
    await boris.map.centerOn({ x: second!.x + second!.props.w / 2, y: second!.y + second!.props.h / 2 }, 1)
    const center = await boris.map.pageToClient({ x: second!.x + second!.props.w / 2, y: second!.y + 40 })
    await boris.page.mouse.dblclick(center.x, center.y)
    await expect(boris.panel).toBeVisible()
    await expect(boris.row(family).getByTestId('persona-form')).toBeVisible()
    await expect.poll(async () => (await boris.cards()).length, 'no text was added by the double-click').toBe(2)

    // The card exports as native SVG with its texts (what the PDF and the PNG export draw).
    const svg = await anna.page.evaluate(
      async (ids) => {
        const editor = window.__cxmap!.editor as unknown as {
          getSvgString(ids: string[]): Promise<{ svg: string } | undefined>
        }
        return (await editor.getSvgString(ids))?.svg ?? ''
      },
      [first!.id],
    )
    expect(svg).toContain('>Студент Олег<')
    expect(svg).toContain('>Петров<')
    expect(svg).toContain('ЦЕЛИ / ЗАДАЧИ (JTBD)')
    expect(svg).not.toContain('<foreignObject')
    await lookAtSvg(anna.user, svg)

    await boris.user.board.selectNone()
    await screenshot(anna)
    await anna.open()

    // A viewer sees the cards and has no button to place one.
    const vera = await openInRussian(await openUser({ name: 'Вера' }), board.links.viewer)
    await vera.open()
    await expect(vera.row(student).getByTestId('persona-name')).toHaveText('Студент Олег Петров')
    await expect(vera.panel.getByTestId('persona-place')).toHaveCount(0)
    await vera.row(student).getByTestId('persona-open').click()
    await expect(vera.row(student).getByTestId('persona-form')).toBeVisible()
    await expect(vera.row(student).getByTestId('persona-form-place')).toHaveCount(0)
    await expect(anna.panel.getByTestId('persona-place')).toHaveCount(2)
    await vera.showCard(first!)
    await expect(vera.card(student).getByTestId('persona-card-name')).toHaveText('Студент Олег Петров')

    await expectPrintedCards(vera.user, board.id, board.links.viewer, ['Студент Олег', 'Семья Ивановых'])

    // Boris deletes the family persona: its card stays, muted, and says the persona was removed.
    await boris.row(family).getByTestId('persona-delete').click()
    await boris.row(family).getByTestId('persona-delete-confirm').click()
    await vera.showCard(second!)
    await expect(vera.card(family).getByTestId('persona-card-removed')).toContainText('Персона удалена')
    await vera.card(family).screenshot({ path: path.join(paths.artifacts, 'personas', 'persona-card-removed.png') })
    await expect(vera.card(student).getByTestId('persona-card-moves')).toHaveCount(0)
  })
})

/** The board with the persona cards beside the journey, zoomed to fit, at 1280 × 720 and 1440 × 900 (panel closed). */
async function screenshot(view: PersonaCardsView): Promise<void> {
  const dir = path.join(paths.artifacts, 'personas')
  await mkdir(dir, { recursive: true })
  await view.page.getByTestId('personas-button').click()
  await expect(view.panel).toHaveCount(0)
  await expect(view.page.getByTestId('persona-card')).toHaveCount(2)
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    await view.page.setViewportSize(viewport)
    await view.page.evaluate(() => {
      const editor = window.__cxmap!.editor as unknown as { selectNone(): void; zoomToFit(): void }
      editor.selectNone()
      editor.zoomToFit()
    })
    // Others' cursors, left wherever their last move was, are kept out of the picture.
    await view.page.screenshot({
      path: path.join(dir, `persona-cards-${viewport.width}x${viewport.height}.png`),
      style: '.tl-collaborators, .tl-nametag { display: none !important; }',
    })
  }
  await view.page.setViewportSize({ width: 1280, height: 800 })
}

/** The exported SVG on a page of its own, as a picture to look at. */
async function lookAtSvg(user: User, svg: string): Promise<void> {
  const page = await user.context.newPage()
  await page.setContent(`<body style="margin:0;background:#fff">${svg}</body>`)
  await page
    .locator('svg')
    .first()
    .screenshot({ path: path.join(paths.artifacts, 'personas', 'persona-card-svg.png') })
  await page.close()
}

/** The print view's board section draws the persona cards (outside every grid) as SVG with their names. */
async function expectPrintedCards(user: User, boardId: string, link: string, names: string[]): Promise<void> {
  const page = await user.context.newPage()
  await page.goto(`/b/${boardId}/print?lang=ru&sections=board#t=${encodeURIComponent(tokenOf(link))}`)
  await page.waitForFunction(
    () => (window as { __cxmapPrint?: { ready: boolean } }).__cxmapPrint?.ready === true,
    undefined,
    { timeout: 60_000 },
  )
  const outside = page.locator('.print-board-svg svg')
  await expect(outside).toHaveCount(1)
  for (const name of names) await expect(outside.locator('text', { hasText: name }).first()).toBeAttached()
  await expect(outside.locator('text', { hasText: 'Переход в → Семья Ивановых' })).toHaveCount(1)
  await expect(outside.locator('text', { hasText: 'ЦЕЛИ / ЗАДАЧИ (JTBD)' })).toHaveCount(2)
  await page.close()
}
