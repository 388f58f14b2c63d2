import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { findEnglishText, formatEnglishText } from '../support/englishText.ts'
import { expect, test, type User } from '../support/fixtures.ts'
import { chooseOption } from '../support/pages/IdentityDialog.ts'
import { RoadmapView } from '../support/pages/RoadmapView.ts'
import { paths } from '../support/paths.ts'

// The stakeholder matrix «Матрица заинтересованных лиц»: two editors fill it together on a Russian board, each sees
// the other's rows live; a viewer reads it and cannot change it.

const SCREENSHOT_SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]

async function openInRussian(user: User, link: string): Promise<void> {
  await user.openBoard(link)
  await user.board.waitConnected()
  await chooseOption(user.board.localeSwitch, 'ru')
  await expect(user.page.locator('html')).toHaveAttribute('lang', 'ru')
}

/** The matrix's stakeholders as stored in the board's doc, by order. */
async function storedStakeholders(
  user: User,
): Promise<{ name: string; group: string; priority: number; conflictsWith: string[] }[]> {
  return user.page.evaluate(() => {
    const section = window.__cxmap!.doc.getMap('strategy').get('stakeholders') as
      { toJSON(): Record<string, never> } | undefined
    const rows = Object.values(section?.toJSON() ?? {}) as {
      name: string
      group: string
      priority: number
      conflictsWith: string[]
      order: number
    }[]
    return rows.sort((a, b) => a.order - b.order)
  })
}

test.describe('the stakeholder matrix', () => {
  test('two editors fill it together on a Russian board; a viewer reads it only', async ({ api, openUser }) => {
    test.setTimeout(150_000)
    const board = await api.createBoard('Стратегия: банк', { locale: 'ru', template: 'base-cjm' })
    const anna = await openUser({ name: 'Анна', department: 'Маркетинг' })
    const boris = await openUser({ name: 'Борис', department: 'Продажи' })
    const vera = await openUser({ name: 'Вера', department: 'Персонал' })
    await openInRussian(anna, board.links.editor)
    await openInRussian(boris, board.links.editor)
    await openInRussian(vera, board.links.viewer)

    for (const user of [anna, boris, vera]) {
      await user.page.getByTestId('stakeholders-button').click()
      await expect(user.page.getByTestId('stakeholder-matrix')).toBeVisible()
      await expect(user.page.getByTestId('stakeholder-matrix')).toContainText('Матрица заинтересованных лиц')
    }

    // Anna inserts the template: the five default groups, named in Russian, reach Boris and Vera.
    await anna.page.getByTestId('stakeholders-template').click()
    for (const user of [anna, boris, vera]) await expect(user.page.getByTestId('stakeholder-row')).toHaveCount(5)
    // Every group of the template is in: Boris cannot insert it twice.
    await expect(boris.page.getByTestId('stakeholders-template')).toBeDisabled()
    expect((await storedStakeholders(boris)).map((row) => row.name)).toEqual([
      'Акционеры',
      'Клиенты',
      'Подразделения',
      'Партнеры',
      'Регулятор',
    ])

    // Anna adds her own row: a call centre, whose wish wins, in conflict with the shareholders.
    await anna.page.getByTestId('stakeholder-add').click()
    const annaRow = anna.page.getByTestId('stakeholder-row').nth(5)
    await expect(annaRow.getByTestId('stakeholder-name')).toBeFocused()
    await anna.page.keyboard.type('Колл-центр')
    await annaRow.getByTestId('stakeholder-wants').fill('Меньше повторных звонков')
    await annaRow.getByTestId('stakeholder-priority-5').click()
    await annaRow.getByTestId('stakeholder-add-conflict').selectOption({ label: 'Акционеры' })
    await annaRow.getByTestId('stakeholder-ifSuccess').fill('Операторы решают вопрос с первого раза')
    await annaRow.getByTestId('stakeholder-ifSuccess').blur()

    // Boris sees her row live, and the clash on the shareholders' row too.
    const borisRow = boris.page.getByTestId('stakeholder-row').nth(5)
    await expect(borisRow.getByTestId('stakeholder-name')).toHaveValue('Колл-центр')
    await expect(borisRow.getByTestId('stakeholder-wants')).toHaveValue('Меньше повторных звонков')
    await expect(borisRow.getByTestId('stakeholder-priority')).toHaveAttribute('data-value', '5')
    await expect(borisRow.getByTestId('stakeholder-conflict-chip')).toHaveText(/Акционеры/)
    await expect(boris.page.getByTestId('stakeholder-row').first().getByTestId('stakeholder-conflict-chip')).toHaveText(
      'Колл-центр',
    )

    // Boris writes what the clients want; Anna sees it.
    const borisClients = boris.page.getByTestId('stakeholder-row').nth(1)
    await borisClients.getByTestId('stakeholder-wants').fill('Быстро и без очередей')
    await borisClients.getByTestId('stakeholder-wants').blur()
    await expect(anna.page.getByTestId('stakeholder-row').nth(1).getByTestId('stakeholder-wants')).toHaveValue(
      'Быстро и без очередей',
    )

    // Vera reads everything, as text, and has nothing to change it with.
    const veraMatrix = vera.page.getByTestId('stakeholder-matrix')
    await expect(veraMatrix.getByTestId('stakeholder-name').nth(5)).toHaveText('Колл-центр')
    await expect(veraMatrix.getByTestId('stakeholder-wants').nth(1)).toHaveText('Быстро и без очередей')
    await expect(veraMatrix.locator('textarea')).toHaveCount(0)
    await expect(veraMatrix.getByTestId('stakeholder-add')).toHaveCount(0)
    await expect(veraMatrix.getByTestId('stakeholders-template')).toHaveCount(0)
    await expect(veraMatrix.getByTestId('stakeholder-remove')).toHaveCount(0)
    await expect(veraMatrix.getByTestId('stakeholder-priority-1').first()).toBeDisabled()
    await expect(veraMatrix.getByTestId('stakeholder-group').first()).toBeDisabled()

    // A write forced through the viewer's own doc is refused by the server: the others never see it.
    await vera.page.evaluate(() => {
      const section = window.__cxmap!.doc.getMap('strategy').get('stakeholders') as {
        delete(key: string): void
        keys(): Iterable<string>
      }
      for (const id of [...section.keys()]) section.delete(id)
    })
    // Anna's next edit goes out after the viewer's write: once Boris has it, the refused write would have arrived too.
    await anna.page.getByTestId('stakeholder-row').nth(3).getByTestId('stakeholder-wants').fill('Честная комиссия')
    await anna.page.getByTestId('stakeholder-row').nth(3).getByTestId('stakeholder-wants').blur()
    await expect(boris.page.getByTestId('stakeholder-row').nth(3).getByTestId('stakeholder-wants')).toHaveValue(
      'Честная комиссия',
    )
    for (const user of [anna, boris]) await expect(user.page.getByTestId('stakeholder-row')).toHaveCount(6)

    // Anna removes the regulator's row; Boris's matrix follows.
    const regulator = anna.page.getByTestId('stakeholder-row').nth(4)
    await regulator.getByTestId('stakeholder-remove').click()
    await regulator.getByTestId('stakeholder-remove-confirm').click()
    await expect(boris.page.getByTestId('stakeholder-row')).toHaveCount(5)
    expect((await storedStakeholders(boris)).map((row) => row.name)).not.toContain('Регулятор')

    const dir = path.join(paths.artifacts, 'stakeholders')
    await mkdir(dir, { recursive: true })
    for (const size of SCREENSHOT_SIZES) {
      await anna.page.setViewportSize(size)
      await anna.page.locator('#cx-sh-title').click()
      await anna.page.screenshot({ path: path.join(dir, `stakeholder-matrix-${size.width}x${size.height}.png`) })
    }

    // No English in the matrix on a Russian board, for an editor or a viewer (CLTV and KPI are the seed's own terms).
    for (const user of [anna, vera]) {
      const found = (await findEnglishText(user.page, ['CLTV', 'KPI'])).filter((item) =>
        /cx-sh|stakeholder/.test(item.where),
      )
      expect(found, `English in the stakeholder matrix:\n${formatEnglishText(found)}`).toEqual([])
    }

    // On the roadmap an initiative names the stakeholders it serves; the table shows them, to Boris too.
    await anna.page.getByTestId('stakeholders-close').click()
    await expect(anna.page.getByTestId('stakeholder-matrix')).toHaveCount(0)
    const roadmap = new RoadmapView(anna.page)
    await roadmap.open()
    await roadmap.addButton.click()
    await expect(roadmap.drawer).toBeVisible()
    await roadmap.drawerTitle.fill('Обратный звонок за 15 минут')
    const addStakeholder = anna.page.getByTestId('drawer-add-stakeholder')
    await addStakeholder.selectOption({ label: 'Колл-центр' })
    await addStakeholder.selectOption({ label: 'Клиенты' })
    await expect(anna.page.getByTestId('drawer-stakeholder')).toHaveText([/^Колл-центр/, /^Клиенты/])
    await roadmap.drawerClose.click()
    const borisRoadmap = new RoadmapView(boris.page)
    await borisRoadmap.open()
    for (const view of [roadmap, borisRoadmap]) {
      await view.showTab('table')
      await expect(view.tableRows.first().getByTestId('row-stakeholders')).toHaveText('Колл-центр, Клиенты')
    }
    const inRoadmap = (await findEnglishText(boris.page)).filter((item) =>
      /rm-stakeholder|row-stakeholders/.test(item.where),
    )
    expect(inRoadmap, formatEnglishText(inRoadmap)).toEqual([])
  })
})
