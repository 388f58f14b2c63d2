// Helpers of the roadmap views' specs (roadmapBoards.spec.ts, roadmapPlans.spec.ts).
import type { CreateBoardResponse } from '@cxmap/shared'
import type { BoardsApi } from './api.ts'
import { expect, type User } from './fixtures.ts'
import { RoadmapView } from './pages/RoadmapView.ts'

/** Horizons a year ahead: every quarter of it is offered by the panel and lies after today. */
export const NEXT_YEAR = new Date().getFullYear() + 1

/** "2 of 4 initiatives" / «2 из 4 инициатив», whichever language the browser gave the UI. */
export const shownOf = (shown: number, count: number) => new RegExp(`^${shown} (of|из) ${count} `)
/** "4 initiatives" / «4 инициативы». */
export const total = (count: number) => new RegExp(`^${count} \\D`)

/** A Russian board from the base template with its example cards (a roadmap starts empty). */
export function newBoard(api: BoardsApi, what: string): Promise<CreateBoardResponse> {
  return api.createBoard(`${what} ${Date.now().toString(36)}`, {
    locale: 'ru',
    template: 'base-cjm',
    withExample: true,
  })
}

/** A board link's roadmap page (`/b/:id/roadmap#t=…`). */
export function roadmapLink(link: string): string {
  return link.replace(/(\/b\/[^/#?]+)#/, '$1/roadmap#')
}

/** Opens the board's roadmap page for a person, connected and synced. */
export async function openRoadmap(user: User, link: string): Promise<RoadmapView> {
  await user.openBoard(roadmapLink(link))
  await user.board.waitConnected()
  const view = new RoadmapView(user.page)
  await expect(view.page_).toBeVisible()
  return view
}

export function expectNoPageErrors(...users: User[]): void {
  for (const user of users) {
    expect(
      user.consoleProblems.filter((line) => line.startsWith('pageerror')),
      user.identity.name,
    ).toEqual([])
  }
}
