import { expect, test } from '../support/fixtures.ts'

test.describe('home page', () => {
  test('creating a board from the form opens it and lists it under "your boards"', async ({ openUser }) => {
    const carol = await openUser({ name: 'Carol' })
    const home = await carol.openHome()
    const title = `Onboarding journey ${Date.now().toString(36)}`
    const id = await home.createBoard(title, 'ru')
    await carol.board.waitForHook()
    await expect(carol.board.title).toHaveText(title)
    expect(await carol.board.role()).toBe('facilitator')

    await carol.openHome()
    const item = home.boardListItem(title)
    await expect(item).toBeVisible()
    await item.click()
    await carol.page.waitForURL(new RegExp(`/b/${id}`))
    await carol.board.waitForHook()
    await expect(carol.board.title).toHaveText(title)
  })

  test('open by link: a board link opens it, a bad one says why', async ({ api, openUser, appServer }) => {
    const board = await api.createBoard('Home: open by link')
    const dave = await openUser({ name: 'Dave' })
    const home = await dave.openHome()

    await home.openLink('this is not a board link')
    await expect(home.errorMessage).toBeVisible()
    await expect(home.errorMessage).not.toBeEmpty()
    expect(new URL(dave.page.url()).pathname).toBe('/')

    // Well-formed links the server refuses: a board that does not exist, and a real board with a wrong token.
    const refused = [`${appServer.url}/b/doesnotexist000#t=bogus`, `${appServer.url}/b/${board.id}#t=wrong-token`]
    for (const link of refused) {
      await dave.openHome()
      await home.openLink(link)
      const error = home.errorMessage.or(dave.board.boardError).first()
      await expect(error).toBeVisible()
      await expect(error).not.toBeEmpty()
    }

    await dave.openHome()
    await home.openLink(board.links.viewer)
    await dave.page.waitForURL(new RegExp(`/b/${board.id}`))
    await dave.board.waitForHook()
    expect(await dave.board.role()).toBe('viewer')
  })
})
