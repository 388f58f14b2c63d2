import path from 'node:path'
import { expect, test, type User } from '../support/fixtures.ts'
import { chooseOption } from '../support/pages/IdentityDialog.ts'
import { paths } from '../support/paths.ts'

/** Rewrites the person this page publishes in awareness, as a script on the page would. */
async function announce(user: User, changes: Record<string, string>): Promise<void> {
  await user.page.evaluate((fields) => {
    const awareness = window.__cxmap!.provider.awareness
    const person = awareness.getStates().get(awareness.clientID)!.person as Record<string, unknown>
    awareness.setLocalStateField('person', { ...person, ...fields })
  }, changes)
}

test('presence: a viewer who announces itself as the facilitator, even under her person id, is listed as a viewer, apart', async ({
  api,
  openUser,
}) => {
  const board = await api.createBoard('Присутствие', 'ru')
  const olga = await openUser({ name: 'Ольга', department: 'Продажи' })
  const vera = await openUser({ name: 'Вера', department: 'ИТ' })
  await olga.openBoard(board.links.facilitator)
  await vera.openBoard(board.links.viewer)
  await olga.board.waitConnected()
  await vera.board.waitConnected()
  await chooseOption(olga.board.localeSwitch, 'ru')
  await olga.page.getByTestId('participants-button').click()
  const panel = olga.page.getByTestId('participants-panel')
  const rows = panel.getByTestId('participants-row')
  await expect(rows).toHaveCount(2)

  await announce(vera, { role: 'facilitator', name: 'Вера (фасилитатор)' })
  const spoof = rows.and(olga.page.locator('[data-name="Вера (фасилитатор)"]'))
  await expect(spoof).toHaveAttribute('data-role', 'viewer')

  // Under the facilitator's own person id and name: still a viewer, and Olga's own entry stays hers.
  const olgaId = await olga.page.evaluate(() => {
    const awareness = window.__cxmap!.provider.awareness
    return (awareness.getStates().get(awareness.clientID)!.person as { id: string }).id
  })
  await announce(vera, { id: olgaId, name: 'Ольга', role: 'facilitator' })
  await expect(rows).toHaveCount(2)
  const self = rows.and(olga.page.locator('[data-self="true"]'))
  await expect(self).toHaveAttribute('data-role', 'facilitator')
  await expect(self).toHaveAttribute('data-name', 'Ольга')
  const other = rows.and(olga.page.locator('[data-self="false"]'))
  await expect(other).toHaveAttribute('data-role', 'viewer')
  await expect(other).toHaveAttribute('data-name', 'Ольга')

  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    await olga.page.setViewportSize({ width, height })
    await olga.page.evaluate(() => {
      // zoomToFit returns the editor, which evaluate cannot send back.
      ;(window.__cxmap!.editor as unknown as { zoomToFit(): void }).zoomToFit()
    })
    await expect(panel).toBeVisible()
    await olga.page.screenshot({ path: path.join(paths.artifacts, `presence-spoof-ru-${width}.png`) })
  }
})
