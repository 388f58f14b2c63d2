import type { Locator } from '@playwright/test'
import { expectNever } from '../support/poll.ts'
import { waitForCameraStill } from '../support/sessionChecks.ts'
import { expect, test, type User } from '../support/fixtures.ts'

/** The slice of tldraw's editor this spec reads and drives (the shared hook type does not carry the camera). */
interface CameraEditor {
  getCamera(): { x: number; y: number; z: number }
  setCamera(camera: { x: number; y: number; z: number }): unknown
  getViewportPageBounds(): { midX: number; midY: number }
  getInstanceState(): { followingUserId: string | null }
}

/** Page units two viewport centres may differ by and still count as the same place. */
const CENTRE_TOLERANCE = 4

interface Point {
  x: number
  y: number
}

async function viewportCentre(user: User): Promise<Point> {
  return user.page.evaluate(() => {
    const bounds = (window.__cxmap!.editor as unknown as CameraEditor).getViewportPageBounds()
    return { x: bounds.midX, y: bounds.midY }
  })
}

async function following(user: User): Promise<string | null> {
  return user.page.evaluate(
    () => (window.__cxmap!.editor as unknown as CameraEditor).getInstanceState().followingUserId,
  )
}

/** This user's person id (also tldraw's user id without its `user:` prefix). */
async function personId(user: User): Promise<string> {
  return user.page.evaluate(() => {
    const awareness = window.__cxmap!.provider.awareness as unknown as { getLocalState(): { person: { id: string } } }
    return awareness.getLocalState().person.id
  })
}

/** Moves the user's camera by a page offset and zoom, as their own change; returns the new viewport centre. */
async function moveCamera(user: User, dx: number, dy: number, z: number): Promise<Point> {
  await user.page.evaluate(
    ({ dx, dy, z }) => {
      const editor = window.__cxmap!.editor as unknown as CameraEditor
      const camera = editor.getCamera()
      editor.setCamera({ x: camera.x - dx, y: camera.y - dy, z })
    },
    { dx, dy, z },
  )
  return viewportCentre(user)
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y)
}

async function expectCentreNear(user: User, target: Point): Promise<void> {
  await expect
    .poll(async () => distance(await viewportCentre(user), target), {
      message: `${user.identity.name}'s viewport centre reaches ${JSON.stringify(target)}`,
    })
    .toBeLessThan(CENTRE_TOLERANCE)
}

/**
 * Polls until the follower's view is centred on the leader's view as it is now: the leader's session bar may change
 * (the follow note and count appear as people join), which resizes her canvas and moves her view's centre.
 */
async function expectCentreOn(follower: User, leader: User): Promise<void> {
  await expect
    .poll(async () => distance(await viewportCentre(follower), await viewportCentre(leader)), {
      message: `${follower.identity.name}'s viewport centre reaches ${leader.identity.name}'s`,
    })
    .toBeLessThan(CENTRE_TOLERANCE)
}

function followBanner(user: User): Locator {
  return user.page.getByTestId('follow-banner')
}

function panelRow(user: User, name: string): Locator {
  return user.page.getByTestId('participants-row').and(user.page.locator(`[data-name="${name}"]`))
}

/** A real pan of the user's own: the mouse wheel over the canvas. */
async function wheelOverCanvas(user: User): Promise<void> {
  const box = (await user.board.canvas.boundingBox())!
  await user.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await user.page.mouse.wheel(0, 400)
}

test.describe('participants and follow', () => {
  test('the participants panel shows everyone with department, role and the count per department', async ({
    api,
    openUser,
  }) => {
    const board = await api.createBoard('Follow: participants panel')
    const fiona = await openUser({ name: 'Fiona Lead', department: 'Sales' })
    const bob = await openUser({ name: 'Bob Sales', department: 'Sales' })
    const carla = await openUser({ name: 'Carla IT', department: 'IT' })
    await fiona.openBoard(board.links.facilitator)
    await bob.openBoard(board.links.editor)
    await carla.openBoard(board.links.viewer)
    // The avatars stay as they were: one per person, self marked.
    await expect(fiona.board.participantItems).toHaveCount(3)
    await expect(fiona.board.participantItems.and(fiona.page.locator('[data-self="true"]'))).toHaveAttribute(
      'data-name',
      'Fiona Lead',
    )

    await fiona.page.getByTestId('participants-button').click()
    const panel = fiona.page.getByTestId('participants-panel')
    await expect(panel).toBeVisible()
    const rows = panel.getByTestId('participants-row')
    await expect(rows).toHaveCount(3)
    await expect(rows.first()).toHaveAttribute('data-name', 'Fiona Lead')
    await expect(rows.first()).toHaveAttribute('data-self', 'true')
    await expect(panelRow(fiona, 'Bob Sales')).toContainText('Sales')
    await expect(panelRow(fiona, 'Bob Sales')).toContainText('Editor')
    await expect(panelRow(fiona, 'Carla IT')).toContainText('IT')
    await expect(panelRow(fiona, 'Carla IT')).toContainText('Viewer')
    await expect(panelRow(fiona, 'Carla IT')).toHaveAttribute('data-active', 'true')
    await expect(panel.getByTestId('participants-departments')).toHaveText('People per department: Sales 2·IT 1')

    await fiona.page.keyboard.press('Escape')
    await expect(panel).toBeHidden()
  })

  test('bring everyone to me: both participants follow, one leaves by panning, the facilitator stops', async ({
    api,
    openUser,
  }) => {
    const board = await api.createBoard('Follow: bring everyone to me')
    const fiona = await openUser({ name: 'Fiona Lead', department: 'Sales' })
    const bob = await openUser({ name: 'Bob Sales', department: 'Sales' })
    const carla = await openUser({ name: 'Carla IT', department: 'IT' })
    await fiona.openBoard(board.links.facilitator)
    await bob.openBoard(board.links.editor)
    await carla.openBoard(board.links.viewer)
    await expect(fiona.board.participantItems).toHaveCount(3)
    const fionaUserId = `user:${await personId(fiona)}`

    await fiona.page.getByTestId('workshop-button').click()
    await fiona.page.getByTestId('follow-start').click()
    await expect(fiona.page.getByTestId('follow-stop')).toBeVisible()
    await fiona.page.keyboard.press('Escape')
    await expect(followBanner(fiona)).toHaveAttribute('data-mode', 'leader')
    await expect(followBanner(fiona)).toContainText('Everyone follows you')

    const first = await moveCamera(fiona, 900, 600, 0.5)
    await expectCentreNear(bob, first)
    await expectCentreNear(carla, first)
    await expect(followBanner(bob)).toHaveAttribute('data-mode', 'follower')
    await expect(followBanner(bob)).toContainText('Following Fiona Lead')
    await expect(followBanner(carla)).toContainText('Following Fiona Lead')
    await expect(fiona.page.getByTestId('follow-count')).toHaveText('2 of 2 with you')

    // Bob pans by himself: he is free, Carla still follows.
    await wheelOverCanvas(bob)
    await expect(followBanner(bob)).toBeHidden()
    expect(await following(bob)).toBeNull()
    await expect(fiona.page.getByTestId('follow-count')).toHaveText('1 of 2 with you')
    // His banner was the only thing in his session bar: the bar folds and his canvas grows a frame later, which moves
    // the viewport's centre without him following anyone. Measured once that has settled.
    await waitForCameraStill(bob.page)
    const bobLeftAt = await viewportCentre(bob)

    const second = await moveCamera(fiona, -1400, 300, 0.8)
    await expectCentreNear(carla, second)
    expect(await following(carla)).toBe(fionaUserId)
    // Carla got there through the same presence Bob receives: Bob stays where he left.
    await expectNever(
      'Bob follows again after leaving',
      async () => distance(await viewportCentre(bob), bobLeftAt) > 1,
      1_000,
    )

    await followBanner(fiona).getByTestId('follow-banner-stop').click()
    await expect(followBanner(fiona)).toBeHidden()
    await expect(followBanner(carla)).toBeHidden()
    await expect(followBanner(bob)).toBeHidden()
    await expect.poll(() => following(carla)).toBeNull()
  })

  test('a new request brings back someone who left the previous one', async ({ api, openUser }) => {
    const board = await api.createBoard('Follow: a new request')
    const fiona = await openUser({ name: 'Fiona Lead', department: 'Sales' })
    const bob = await openUser({ name: 'Bob Sales', department: 'Sales' })
    await fiona.openBoard(board.links.facilitator)
    await bob.openBoard(board.links.editor)
    await expect(fiona.board.participantItems).toHaveCount(2)

    await fiona.page.getByTestId('workshop-button').click()
    await fiona.page.getByTestId('follow-start').click()
    await expect(followBanner(bob)).toBeVisible()
    await bob.page.keyboard.press('Escape')
    await expect(followBanner(bob)).toBeHidden()

    await fiona.page.getByTestId('follow-stop').click()
    await fiona.page.getByTestId('follow-start').click()
    await moveCamera(fiona, 500, -300, 0.7)
    await expectCentreOn(bob, fiona)
    await expect(followBanner(bob)).toContainText('Following Fiona Lead')
  })

  test('a participant follows another participant by clicking them in the panel', async ({ api, openUser }) => {
    const board = await api.createBoard('Follow: from the panel')
    const bob = await openUser({ name: 'Bob Sales', department: 'Sales' })
    const carla = await openUser({ name: 'Carla IT', department: 'IT' })
    await bob.openBoard(board.links.editor)
    await carla.openBoard(board.links.viewer)
    await expect(carla.board.participantItems).toHaveCount(2)
    const bobUserId = `user:${await personId(bob)}`

    await carla.page.getByTestId('participants-button').click()
    await panelRow(carla, 'Bob Sales').getByRole('button').click()
    await expect(carla.page.getByTestId('participants-panel')).toBeHidden()
    await expect.poll(() => following(carla)).toBe(bobUserId)
    await expect(followBanner(carla)).toContainText('Following Bob Sales')

    await moveCamera(bob, 700, 400, 0.6)
    await expectCentreOn(carla, bob)

    await followBanner(carla).getByTestId('follow-banner-stop').click()
    await expect(followBanner(carla)).toBeHidden()
    expect(await following(carla)).toBeNull()
  })
})
