import { createBoardResponseSchema, type CreateBoardResponse, type Locale } from '@cxmap/shared'
import { expect, type APIRequestContext } from '@playwright/test'

/** The server's HTTP API, for arranging a test faster than through the UI. */
export class BoardsApi {
  constructor(private readonly request: APIRequestContext) {}

  /** `POST /api/boards`; checks the response against the shared schema. */
  async createBoard(title: string, locale?: Locale): Promise<CreateBoardResponse> {
    const response = await this.request.post('/api/boards', { data: locale ? { title, locale } : { title } })
    expect(response.status(), await response.text()).toBe(201)
    const board = createBoardResponseSchema.parse(await response.json())
    for (const link of Object.values(board.links)) expect(link).toMatch(new RegExp(`/b/${board.id}#t=.+`))
    return board
  }
}
