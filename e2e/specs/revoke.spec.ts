import { parseBoardLink } from '@cxmap/shared'
import { expect, test } from '../support/fixtures.ts'

test.describe('regenerating a link', () => {
  test('the facilitator revokes the editor link: the editor is told, the new link works', async ({ api, openUser }) => {
    const board = await api.createBoard('Revoke: editor link')
    const facilitator = await openUser({ name: 'Fiona Facilitator' })
    const editor = await openUser({ name: 'Eddie Editor' })
    await facilitator.openBoard(board.links.facilitator)
    await editor.openBoard(board.links.editor)
    await facilitator.board.waitConnected()
    await editor.board.waitConnected()

    await facilitator.board.shareButton.click()
    const page = facilitator.page
    const oldEditorLink = await facilitator.board.shareLink('editor').inputValue()
    const oldViewerLink = await facilitator.board.shareLink('viewer').inputValue()
    await page.getByTestId('regenerate-link-editor').click()
    // The confirmation says who is disconnected and that the viewer link changes too.
    await expect(page.getByRole('group', { name: /editor link/i })).toContainText('viewer link changes too')
    await page.getByTestId('regenerate-confirm-editor').click()
    await expect(page.getByTestId('regenerated-editor')).toBeVisible()

    const newEditorLink = await facilitator.board.shareLink('editor').inputValue()
    expect(newEditorLink).not.toBe(oldEditorLink)
    expect(await facilitator.board.shareLink('viewer').inputValue()).not.toBe(oldViewerLink)
    expect(parseBoardLink(newEditorLink)?.boardId).toBe(board.id)

    await expect(editor.board.boardError).toHaveAttribute('data-reason', 'linkRevoked')
    await expect(editor.board.boardError).toContainText('This link was revoked by the facilitator')
    await expect(facilitator.board.boardError).toHaveCount(0)
    await facilitator.board.expectStatus(['connected'])

    // The old link is refused from now on (403 before any socket), the new one opens the board as an editor.
    const stale = await editor.page.request.get(`/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${board.tokens.editor}` },
    })
    expect(stale.status()).toBe(403)
    await editor.openBoard(newEditorLink)
    await editor.board.waitConnected()
    await expect(editor.board.roleBadge).toHaveAttribute('data-role', 'editor')
    await expect(editor.board.boardError).toHaveCount(0)
  })

  test('the facilitator regenerates their own link and carries on with the new one', async ({ api, openUser }) => {
    const board = await api.createBoard('Revoke: facilitator link')
    const facilitator = await openUser({ name: 'Fiona Facilitator' })
    await facilitator.openBoard(board.links.facilitator)
    await facilitator.board.waitConnected()

    await facilitator.board.shareButton.click()
    await facilitator.page.getByTestId('regenerate-link-facilitator').click()
    // The page reloads with the new token, kept for the tab and never put in the address.
    const reloaded = facilitator.page.waitForEvent('load')
    await facilitator.page.getByTestId('regenerate-confirm-facilitator').click()
    await reloaded
    await facilitator.board.waitForHook()
    const newToken = await facilitator.board.tabToken()
    expect(newToken).toBeTruthy()
    expect(newToken).not.toBe(board.tokens.facilitator)
    expect(facilitator.page.url()).not.toContain('#')
    await facilitator.board.waitConnected()
    await expect(facilitator.board.boardError).toHaveCount(0)
    await expect(facilitator.board.roleBadge).toHaveAttribute('data-role', 'facilitator')
    const remembered = await facilitator.page.evaluate(() => localStorage.getItem('cxmap.boards') ?? '')
    expect(remembered).toContain(newToken!)
    expect(remembered).not.toContain(board.tokens.facilitator)
  })
})
