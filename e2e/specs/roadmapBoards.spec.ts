import { expect, test } from '../support/fixtures.ts'
import { NEXT_YEAR, shownOf, total, newBoard, openRoadmap, expectNoPageErrors } from '../support/roadmapViews.ts'

test.describe('roadmap views: the waves board and the table, live between people', () => {
  test('waves: A drags initiatives to another wave and to the top of a column; B sees the same columns in the same order', async ({
    api,
    openUser,
  }) => {
    const board = await newBoard(api, 'Волны')
    const anna = await openUser({ name: 'Анна', department: 'Продажи' })
    const boris = await openUser({ name: 'Борис', department: 'ИТ' })
    const a = await openRoadmap(anna, board.links.facilitator)
    const b = await openRoadmap(boris, board.links.editor)

    // A adds two initiatives to wave 1 and two to wave 3 with the columns' own buttons.
    const record = await a.addToWave(1, 'Онлайн-запись без звонка')
    const hotline = await a.addToWave(1, 'Единый номер контакт-центра')
    const loyalty = await a.addToWave(3, 'Программа лояльности')
    const concierge = await a.addToWave(3, 'Личный консьерж')
    await expect.poll(() => b.columnIds(1)).toEqual([record, hotline])
    await expect.poll(() => b.columnIds(3)).toEqual([loyalty, concierge])
    await expect(b.initiativeCard(concierge)).toContainText('Личный консьерж')

    // A drags the first card of wave 1 to wave 3, below its cards: it lands last there.
    await a.initiativeCard(record).dragTo(a.waveColumn(3).getByTestId('wave-add'))
    await expect.poll(() => b.columnIds(3)).toEqual([loyalty, concierge, record])
    await expect.poll(() => b.columnIds(1)).toEqual([hotline])
    await expect(b.waveColumn(3).getByTestId('wave-count')).toContainText('3')

    // A drags the other card of wave 1 onto the top edge of wave 3's first card: it lands first, wave 1 is empty.
    await a.initiativeCard(hotline).dragTo(a.initiativeCard(loyalty), { targetPosition: { x: 24, y: 4 } })
    await expect.poll(() => b.columnIds(3)).toEqual([hotline, loyalty, concierge, record])
    await expect.poll(() => b.columnIds(1)).toEqual([])
    await expect(b.waveColumn(1).getByTestId('initiative-card')).toHaveCount(0)

    // Within a column: the last card dragged to the top of its own column comes first.
    await a.initiativeCard(record).dragTo(a.initiativeCard(hotline), { targetPosition: { x: 24, y: 4 } })
    await expect.poll(() => b.columnIds(3)).toEqual([record, hotline, loyalty, concierge])
    expect(await a.columnIds(3), "A's own board agrees").toEqual([record, hotline, loyalty, concierge])

    // The move is the initiative's wave: B's panel shows wave 3 for it.
    await b.initiativeCard(record).click({ position: { x: 12, y: 12 } })
    await expect(b.drawer).toHaveAttribute('data-initiative-id', record)
    await expect(b.drawerWave(3)).toHaveAttribute('aria-pressed', 'true')
    await expect(b.drawerTitle).toHaveValue('Онлайн-запись без звонка')

    expectNoPageErrors(anna, boris)
  })

  test('table: sorts by necessity and horizon, combines filters with an "N of M" count, and shows an inline status change live', async ({
    api,
    openUser,
  }) => {
    const board = await newBoard(api, 'Таблица')
    const anna = await openUser({ name: 'Анна', department: 'Продажи' })
    const boris = await openUser({ name: 'Борис', department: 'ИТ' })
    const a = await openRoadmap(anna, board.links.facilitator)
    const b = await openRoadmap(boris, board.links.editor)
    await a.showTab('table')
    await b.showTab('table')

    const record = await a.addInitiative({
      title: 'Онлайн-запись без звонка',
      wave: 1,
      necessity: 'urgent',
      status: 'planned',
      ownerIndex: 1,
      horizon: { year: NEXT_YEAR, quarter: 2 },
      metrics: [{ effect: '+3' }],
    })
    const hotline = await a.addInitiative({
      title: 'Единый номер контакт-центра',
      wave: 1,
      necessity: 'absolutely-necessary',
      horizon: { year: NEXT_YEAR, quarter: 4 },
    })
    const chatbot = await a.addInitiative({
      title: 'Чат-бот поддержки',
      wave: 2,
      necessity: 'desirable',
      status: 'in-progress',
      ownerIndex: 1,
      horizon: { year: NEXT_YEAR, quarter: 1 },
      metrics: [{ effect: '+2' }],
    })
    const loyalty = await a.addInitiative({
      title: 'Программа лояльности',
      wave: 3,
      necessity: 'urgent',
      status: 'planned',
      ownerIndex: 2,
      metrics: [{ kind: 'CSI', effect: '+1' }],
    })

    // B's table: the roadmap's own order (wave ascending) until a column is chosen.
    await expect.poll(() => b.rowIds()).toEqual([record, hotline, chatbot, loyalty])
    await expect(b.tableRow(loyalty).getByTestId('metric-chip')).toHaveText('CSI +1')
    await expect(b.sortHeader('wave')).toHaveAttribute('aria-sort', 'ascending')
    await expect(b.tableCount).toHaveText(total(4))

    // By necessity: absolutely necessary first; ties (two urgent ones) keep the roadmap order in both directions.
    await b.sortButton('necessity').click()
    await expect.poll(() => b.rowIds()).toEqual([hotline, record, loyalty, chatbot])
    await expect(b.sortHeader('necessity')).toHaveAttribute('aria-sort', 'ascending')
    await expect(b.sortHeader('wave')).not.toHaveAttribute('aria-sort')
    await b.sortButton('necessity').click()
    await expect.poll(() => b.rowIds()).toEqual([chatbot, record, loyalty, hotline])
    await expect(b.sortHeader('necessity')).toHaveAttribute('aria-sort', 'descending')

    // By horizon: soonest first; no horizon stays last in both directions.
    await b.sortButton('horizon').click()
    await expect.poll(() => b.rowIds()).toEqual([chatbot, record, hotline, loyalty])
    await expect(b.sortHeader('horizon')).toHaveAttribute('aria-sort', 'ascending')
    await expect(b.sortHeader('necessity')).not.toHaveAttribute('aria-sort')
    await b.sortButton('horizon').click()
    await expect.poll(() => b.rowIds()).toEqual([hotline, record, chatbot, loyalty])
    await expect(b.sortHeader('horizon')).toHaveAttribute('aria-sort', 'descending')

    // Filters combine: wave 1 → two; and planned → one.
    await expect(b.filterClear).toHaveCount(0)
    await b.filterWave.selectOption('1')
    await expect.poll(() => b.rowIds()).toEqual([hotline, record])
    await expect(b.tableCount).toHaveText(shownOf(2, 4))
    await b.filterStatus.selectOption('planned')
    await expect.poll(() => b.rowIds()).toEqual([record])
    await expect(b.tableCount).toHaveText(shownOf(1, 4))
    await b.filterClear.click()
    await expect.poll(() => b.rowIds()).toEqual([hotline, record, chatbot, loyalty])
    await expect(b.tableCount).toHaveText(total(4))
    await expect(b.filterClear).toHaveCount(0)
    await expect(b.filterWave).toHaveValue('__all__')

    // Owner (the first department) and metric (NPS), then words of the title in another case; the sort still applies.
    await b.filterOwner.selectOption({ index: 1 })
    await expect.poll(() => b.rowIds()).toEqual([record, chatbot])
    await b.filterMetric.selectOption('NPS:')
    await expect.poll(() => b.rowIds()).toEqual([record, chatbot])
    await expect(b.tableCount).toHaveText(shownOf(2, 4))
    await b.filterSearch.fill('БОТ поддержки')
    await expect.poll(() => b.rowIds()).toEqual([chatbot])
    await expect(b.tableCount).toHaveText(shownOf(1, 4))
    await b.filterSearch.fill('запись')
    await expect.poll(() => b.rowIds()).toEqual([record])
    await b.filterSearch.fill('доставка')
    await expect(b.tableRows).toHaveCount(0)
    await expect(b.page.getByTestId('table-no-match')).toBeVisible()
    await expect(b.tableCount).toHaveText(shownOf(0, 4))
    await b.filterClear.click()
    await expect.poll(() => b.rowIds()).toEqual([hotline, record, chatbot, loyalty])
    await expect(b.filterSearch).toHaveValue('')

    // B shows the planned ones; A sets one of them to done in A's own table: it leaves B's filtered table at once.
    await b.filterStatus.selectOption('planned')
    await expect.poll(() => b.rowIds()).toEqual([record, loyalty])
    await a.tableRow(loyalty).getByTestId('row-status').selectOption('done')
    await expect.poll(() => b.rowIds()).toEqual([record])
    await expect(b.tableCount).toHaveText(shownOf(1, 4))
    await b.filterClear.click()
    await expect(b.tableRow(loyalty).getByTestId('row-status')).toHaveValue('done')
    // And A's panel for it, opened from the row, agrees.
    await a.tableRow(loyalty).getByRole('button').first().click()
    await expect(a.drawer).toHaveAttribute('data-initiative-id', loyalty)
    await expect(a.drawerStatus).toHaveValue('done')

    expectNoPageErrors(anna, boris)
  })
})
