import { readFile } from 'node:fs/promises'
import type { RoadmapExport } from '@cxmap/shared'
import { expect, test } from '../support/fixtures.ts'
import { NEXT_YEAR, newBoard, openRoadmap, expectNoPageErrors } from '../support/roadmapViews.ts'

test.describe('roadmap views: timeline, effect summary and export, live between people', () => {
  test('timeline: a dependency is an arrow from prerequisite to dependent, flagged backwards live when a horizon moves', async ({
    api,
    openUser,
  }) => {
    const board = await newBoard(api, 'Таймлайн')
    const anna = await openUser({ name: 'Анна', department: 'Продажи' })
    const boris = await openUser({ name: 'Борис', department: 'ИТ' })
    const a = await openRoadmap(anna, board.links.facilitator)
    const b = await openRoadmap(boris, board.links.editor)
    await b.showTab('timeline')

    const crm = await a.addInitiative({
      title: 'Единая CRM',
      wave: 1,
      necessity: 'absolutely-necessary',
      horizon: { year: NEXT_YEAR, quarter: 1 },
    })
    const launch = await a.addInitiative({
      title: 'Личный кабинет клиента',
      wave: 2,
      horizon: { year: NEXT_YEAR, quarter: 3 },
      dependsOn: [crm],
    })
    const training = await a.addInitiative({
      title: 'Обучение операторов',
      wave: 3,
      horizon: { year: NEXT_YEAR, quarter: 2 },
      parallelWith: [crm],
    })
    await a.showTab('timeline')

    // B sees the three bars and the arrow prerequisite → dependent, in time order (not backwards).
    await expect(b.timelineItems).toHaveCount(3)
    const arrow = b.timelineLink(crm, launch)
    await expect(arrow).toHaveAttribute('data-kind', 'depends')
    await expect(arrow).toHaveAttribute('data-backwards', 'false')
    await expect(b.backwardsWarning).toHaveCount(0)
    await expect.poll(() => b.linkTouchesBars(crm, launch), 'the arrow joins the two bars').toBe(true)
    // The parallel pair is one line, not an arrow.
    const parallel = b.timelineLinks.and(b.page.locator('[data-kind="parallel"]'))
    await expect(parallel).toHaveCount(1)
    expect([await parallel.getAttribute('data-from'), await parallel.getAttribute('data-to')].sort()).toEqual(
      [crm, training].sort(),
    )
    await expect(b.timelineLinks).toHaveCount(2)

    // A opens the prerequisite from its bar and moves it to Q4: the dependent (Q3) is now due before it.
    await a.timelineItem(crm).click()
    await expect(a.drawer).toHaveAttribute('data-initiative-id', crm)
    await expect(a.drawerHorizonQuarter).toHaveValue('1')
    await a.drawerHorizonQuarter.selectOption('4')
    await expect(arrow).toHaveAttribute('data-backwards', 'true')
    await expect(b.backwardsWarning).toBeVisible()
    await expect(a.timelineLink(crm, launch)).toHaveAttribute('data-backwards', 'true')
    await expect.poll(() => b.linkTouchesBars(crm, launch), "the arrow follows the prerequisite's bar").toBe(true)

    // A takes the prerequisite's horizon away: nothing to be late against, the flag goes for B at once.
    await a.drawerHorizonKind.selectOption('none')
    await expect(a.drawerHorizonQuarter).toHaveCount(0)
    await expect(arrow).toHaveAttribute('data-backwards', 'false')
    await expect(b.backwardsWarning).toHaveCount(0)
    await expect(arrow).toHaveAttribute('data-kind', 'depends')
    await expect.poll(() => b.linkTouchesBars(crm, launch), 'into the "No horizon" column').toBe(true)

    // Back to a quarter of next year (the panel starts it at the current quarter), then a year later than the dependent.
    await a.drawerHorizonKind.selectOption('quarter')
    await a.drawerHorizonYear.selectOption(String(NEXT_YEAR + 1))
    await expect(arrow).toHaveAttribute('data-backwards', 'true')

    expectNoPageErrors(anna, boris)
  })

  test('effect summary and triggers: metrics typed in the panel sum per wave; a trigger added by A shows for B; a viewer reads without inputs', async ({
    api,
    openUser,
  }) => {
    const board = await newBoard(api, 'Эффект')
    const anna = await openUser({ name: 'Анна', department: 'Продажи' })
    const boris = await openUser({ name: 'Борис', department: 'ИТ' })
    const a = await openRoadmap(anna, board.links.facilitator)
    const b = await openRoadmap(boris, board.links.editor)
    await b.showTab('summary')
    await expect(b.page.getByTestId('effect-summary-empty')).toBeVisible()

    const record = await a.addInitiative({ title: 'Онлайн-запись', wave: 1, metrics: [{ effect: '+5' }] })
    const hotline = await a.addInitiative({
      title: 'Единый номер',
      wave: 1,
      metrics: [{ effect: '2,5' }, { kind: 'CES', effect: '−0,5' }],
    })
    const chatbot = await a.addInitiative({ title: 'Чат-бот', wave: 2, metrics: [{ effect: '−0,5' }] })

    // NPS: +5 and +2.5 in wave 1, −0.5 in wave 2, none in wave 3; +7 in all (decimal commas: a Russian board's UI).
    const nps = b.effectRow('NPS')
    await expect(nps.locator('td[data-wave="1"]')).toHaveText('+7,5')
    await expect(nps.locator('td[data-wave="2"]')).toHaveText('−0,5')
    await expect(nps.locator('td[data-wave="3"]')).toHaveText('—')
    await expect(nps.locator('td.rm-sum__total')).toHaveText('+7')
    const ces = b.effectRow('CES')
    await expect(ces.locator('td[data-wave="1"]')).toHaveText('−0,5')
    await expect(ces.locator('td.rm-sum__total')).toHaveText('−0,5')
    await expect(b.effectSummary.getByTestId('effect-row')).toHaveCount(2)
    // The count opens the initiatives behind the sum, in roadmap order.
    await nps.getByTestId('effect-count').click()
    await expect(nps.getByTestId('effect-count')).toHaveAttribute('aria-expanded', 'true')
    const behind = b.effectSummary.getByTestId('effect-initiatives').locator('[data-initiative-id]')
    await expect
      .poll(() => behind.evaluateAll((items) => items.map((item) => item.getAttribute('data-initiative-id'))))
      .toEqual([record, hotline, chatbot])

    // A types triggers and a stimulus on the summary (Enter adds, the field empties); B sees them in order.
    await a.showTab('summary')
    await a.triggerAdd.fill('Персональный менеджер на связи')
    await a.triggerAdd.press('Enter')
    await expect(a.triggerAdd).toHaveValue('')
    await a.triggerAdd.fill('Ответ в чате за минуту')
    await a.triggerAdd.press('Enter')
    await a.stimulusAdd.fill('Скидка на второй визит')
    await a.stimulusAdd.press('Enter')
    const borisTriggers = b.triggerList.getByTestId('roadmap-item').locator('textarea')
    await expect(borisTriggers).toHaveCount(2)
    await expect(borisTriggers.nth(0)).toHaveValue('Персональный менеджер на связи')
    await expect(borisTriggers.nth(1)).toHaveValue('Ответ в чате за минуту')
    await expect(b.stimulusList.getByTestId('roadmap-item').locator('textarea')).toHaveValue('Скидка на второй визит')

    // A viewer reads the same sums and lists, with nothing to type into.
    const vera = await openUser({ name: 'Вера', department: 'Руководство' })
    const v = await openRoadmap(vera, board.links.viewer)
    await expect(v.addButton).toHaveCount(0)
    await expect(v.initiativeCards).toHaveCount(3)
    await expect(v.initiativeCard(record)).not.toHaveAttribute('draggable', 'true')
    await v.showTab('summary')
    await expect(v.effectRow('NPS').locator('td.rm-sum__total')).toHaveText('+7')
    await expect(v.effectRow('NPS').locator('td[data-wave="1"]')).toHaveText('+7,5')
    const veraTriggers = v.triggerList.getByTestId('roadmap-item')
    await expect(veraTriggers).toHaveCount(2)
    await expect(veraTriggers.nth(0)).toContainText('Персональный менеджер на связи')
    await expect(veraTriggers.nth(1)).toContainText('Ответ в чате за минуту')
    await expect(v.stimulusList.getByTestId('roadmap-item')).toContainText('Скидка на второй визит')
    await expect(v.triggerAdd).toHaveCount(0)
    await expect(v.stimulusAdd).toHaveCount(0)
    for (const list of [v.triggerList, v.stimulusList]) {
      await expect(list.locator('input, textarea, select, button')).toHaveCount(0)
    }
    // Nor in the table: badges instead of the inline selects.
    await v.showTab('table')
    await expect(v.tableRows).toHaveCount(3)
    await expect(v.page.locator('[data-testid="row-status"], [data-testid="row-necessity"]')).toHaveCount(0)
    await expect(v.tableRow(chatbot).getByTestId('status-badge')).toHaveAttribute('data-value', 'idea')

    expectNoPageErrors(anna, boris, vera)
  })

  test('export: "Download JSON" saves the roadmap exactly as the waves board and the table show it', async ({
    api,
    openUser,
  }) => {
    const board = await newBoard(api, 'Экспорт')
    const anna = await openUser({ name: 'Анна', department: 'Продажи' })
    const a = await openRoadmap(anna, board.links.editor)

    const record = await a.addInitiative({
      title: 'Онлайн-запись',
      wave: 1,
      necessity: 'urgent',
      status: 'planned',
      horizon: { year: NEXT_YEAR, quarter: 2 },
      metrics: [{ effect: '+3' }],
    })
    const chatbot = await a.addInitiative({
      title: 'Чат-бот',
      wave: 2,
      dependsOn: [record],
      metrics: [{ kind: 'CES', effect: '−0,5' }],
    })
    const hotline = await a.addInitiative({ title: 'Единый номер', wave: 1, necessity: 'absolutely-necessary' })

    // What the waves board shows, column by column.
    await expect.poll(() => a.columnIds(1)).toEqual([record, hotline])
    await expect.poll(() => a.columnIds(2)).toEqual([chatbot])
    const onScreen = await a.initiativeCards.evaluateAll((cards) =>
      cards.map((card) => ({
        id: card.getAttribute('data-initiative-id'),
        wave: Number(card.closest('[data-testid="wave-column"]')?.getAttribute('data-wave')),
        title: card.querySelector('h4')?.textContent,
        necessity: card.querySelector('[data-testid="necessity-badge"]')?.getAttribute('data-value'),
        status: card.querySelector('[data-testid="status-badge"]')?.getAttribute('data-value'),
        metrics: Array.from(card.querySelectorAll('[data-testid="metric-chip"]'), (chip) => chip.textContent),
      })),
    )
    expect(onScreen.map((card) => card.metrics)).toEqual([['NPS +3'], [], ['CES −0,5']])

    const downloading = anna.page.waitForEvent('download')
    await a.exportJsonButton.click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^экспорт-[a-z0-9]+-roadmap\.json$/)
    const file = JSON.parse(await readFile(await download.path(), 'utf8')) as RoadmapExport
    expect(file.version).toBe(1)
    const { initiatives } = file.roadmap
    expect(
      initiatives.map(({ id, wave, title, necessity, status, metrics }) => ({
        id,
        wave,
        title,
        necessity,
        status,
        metrics: metrics.map((metric) => `${metric.metric} ${metric.effect}`),
      })),
    ).toEqual(
      onScreen.map((card) => ({
        ...card,
        metrics: card.metrics.map((chip) => chip!.replace('+', '').replace('−', '-').replace(',', '.')),
      })),
    )
    const byId = new Map(initiatives.map((initiative) => [initiative.id, initiative]))
    expect(byId.get(record)?.horizon).toEqual({ kind: 'quarter', year: NEXT_YEAR, quarter: 2 })
    expect(byId.get(chatbot)?.dependsOn).toEqual([record])
    expect(byId.get(hotline)?.horizon).toBeNull()
    expect(file.effects.map((effect) => [effect.metric, effect.total])).toEqual([
      ['NPS', 3],
      ['CES', -0.5],
    ])

    // The table lists them in the same order; the file is what the server exports for any role.
    await a.showTab('table')
    await expect.poll(() => a.rowIds()).toEqual(initiatives.map((initiative) => initiative.id))
    expect(await api.roadmapJson(board.id, board.tokens.viewer)).toEqual(file)

    expectNoPageErrors(anna)
  })
})
