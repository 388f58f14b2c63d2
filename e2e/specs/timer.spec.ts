import type { Locator, Page } from '@playwright/test'
import { expect, test, type User } from '../support/fixtures.ts'

/** The workshop timer and agenda as one person sees them: the chip over the board and, for facilitators, the cockpit. */
class WorkshopTimerView {
  readonly display: Locator
  readonly agendaDisplay: Locator
  readonly cockpitButton: Locator

  constructor(readonly page: Page) {
    this.display = page.getByTestId('timer-display')
    this.agendaDisplay = page.getByTestId('agenda-display')
    this.cockpitButton = page.getByTestId('workshop-button')
  }

  control(testId: string): Locator {
    return this.page.getByTestId('workshop-panel').getByTestId(testId)
  }

  async openCockpit(): Promise<void> {
    await this.cockpitButton.click()
    await expect(this.page.getByTestId('workshop-panel')).toBeVisible()
  }

  /** The countdown's phase (`running`, `warning`, `expired`, `paused`), or null when no timer is shown. */
  async phase(): Promise<string | null> {
    if ((await this.display.count()) === 0) return null
    return this.display.getAttribute('data-phase')
  }

  /** Seconds the chip shows (its `mm:ss`), or null when no timer is shown. */
  async shownSeconds(): Promise<number | null> {
    if ((await this.display.count()) === 0) return null
    return parseClock((await this.display.textContent()) ?? '')
  }

  async addStep(title: string): Promise<void> {
    const input = this.control('agenda-new-step')
    await input.fill(title)
    await input.press('Enter')
    await expect(input).toHaveValue('')
  }
}

/** `mm:ss` (or `h:mm:ss`) somewhere in the text, in seconds. */
function parseClock(text: string): number | null {
  const match = /(?:(\d+):)?(\d{2}):(\d{2})/.exec(text)
  if (!match) return null
  return Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3])
}

/** What every view shows at the same moment: read all at once, so a spread within one poll means one clock. */
async function readAll(views: WorkshopTimerView[]): Promise<{ seconds: (number | null)[]; phases: (string | null)[] }> {
  const [seconds, phases] = await Promise.all([
    Promise.all(views.map((view) => view.shownSeconds())),
    Promise.all(views.map((view) => view.phase())),
  ])
  return { seconds, phases }
}

function spread(values: (number | null)[]): number {
  const numbers = values.filter((value): value is number => value !== null)
  if (numbers.length !== values.length) return Number.POSITIVE_INFINITY
  return Math.max(...numbers) - Math.min(...numbers)
}

/** Sets this person's computer clock (`Date.now`) off by `skewMs`, as a laptop with a wrong clock would be. */
async function skewClock(user: User, skewMs: number): Promise<void> {
  await user.context.addInitScript((skew) => {
    const realNow = Date.now.bind(Date)
    Date.now = () => realNow() + skew
  }, skewMs)
}

async function join(user: User, link: string): Promise<WorkshopTimerView> {
  await user.openBoard(link)
  await user.board.waitConnected()
  return new WorkshopTimerView(user.page)
}

test.describe('workshop timer and agenda', () => {
  test('everyone sees the same countdown, pause, +1 min and stop, and the current agenda step', async ({
    api,
    openUser,
  }) => {
    const board = await api.createBoard('Workshop: timer', { locale: 'en', template: 'base-cjm' })
    const facilitator = await join(await openUser({ name: 'Fiona', department: 'Marketing' }), board.links.facilitator)
    const service = await join(await openUser({ name: 'Pavel', department: 'Service' }), board.links.editor)
    // Rita's clock is 90 s fast: her countdown must still agree, because it runs on the server's time.
    const rita = await openUser({ name: 'Rita', department: 'Sales' })
    await skewClock(rita, 90_000)
    const sales = await join(rita, board.links.editor)
    expect(await rita.page.evaluate(() => Date.now() - performance.timeOrigin - performance.now())).toBeGreaterThan(
      80_000,
    )
    const everyone = [facilitator, service, sales]
    await expect(service.cockpitButton).toHaveCount(0)
    for (const view of everyone) await expect(view.display).toHaveCount(0)

    // Start a 5-minute timer from the cockpit.
    await facilitator.openCockpit()
    await facilitator.control('timer-preset-5').click()
    await expect(facilitator.control('timer-preset-5')).toHaveAttribute('aria-pressed', 'true')
    await facilitator.control('timer-start').click()
    for (const view of everyone) await expect(view.display).toHaveAttribute('data-phase', 'running')
    await expect
      .poll(async () => {
        const { seconds } = await readAll(everyone)
        return spread(seconds) <= 1 && seconds.every((s) => s !== null && s > 280 && s <= 300)
      }, 'all three show the same remaining time (±1 s), a little under 5:00')
      .toBe(true)

    // Pause: everyone holds the same value.
    await facilitator.control('timer-pause').click()
    await expect
      .poll(async () => {
        const { seconds, phases } = await readAll(everyone)
        return phases.every((phase) => phase === 'paused') && spread(seconds) === 0
      }, 'all three paused at one value')
      .toBe(true)
    const paused = (await facilitator.shownSeconds())!
    expect(paused).toBeGreaterThan(280)

    // +1 min while paused: exactly a minute more everywhere.
    await facilitator.control('timer-add-minute').click()
    await expect
      .poll(async () => (await readAll(everyone)).seconds, 'a minute added on all three')
      .toEqual([paused + 60, paused + 60, paused + 60])

    // Resume: running again, still one clock.
    await facilitator.control('timer-resume').click()
    await expect
      .poll(async () => {
        const { seconds, phases } = await readAll(everyone)
        return phases.every((phase) => phase === 'running') && spread(seconds) <= 1
      }, 'all three running again within a second')
      .toBe(true)

    // Stop: the timer disappears for everyone.
    await facilitator.control('timer-stop').click()
    for (const view of everyone) await expect(view.display).toHaveCount(0)
    await expect(facilitator.control('timer-start')).toBeVisible()

    // Agenda: two steps, the second made current; both participants see it.
    await facilitator.addStep('Warm-up')
    await facilitator.addStep('Customer barriers')
    await expect(facilitator.control('agenda-step')).toHaveCount(2)
    for (const view of everyone) await expect(view.agendaDisplay).toHaveCount(0)
    await facilitator.control('agenda-make-current').nth(1).click()
    await expect(facilitator.control('agenda-step').nth(1)).toHaveAttribute('data-current', 'true')
    for (const view of [service, sales]) {
      await expect(view.agendaDisplay).toContainText('Step 2 of 2')
      await expect(view.agendaDisplay.getByTestId('agenda-display-title')).toHaveText('Customer barriers')
      // Only the facilitator steps the agenda on.
      await expect(view.agendaDisplay.getByTestId('agenda-display-next')).toHaveCount(0)
    }
  })
})
