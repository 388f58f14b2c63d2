import { Hono } from 'hono'

/** What `GET /api/time` answers. */
export interface TimeResponse {
  /** The server's clock, epoch ms. */
  now: number
}

/**
 * `/api/time`: the server's clock, so that clients can correct the workshop timer for their own clock's skew. No
 * auth (the time is no secret) and never cached (a cached answer would be a wrong clock).
 */
export function createTimeRoute({ now = Date.now }: { now?: () => number } = {}): Hono {
  const app = new Hono()
  app.get('/', (c) => {
    c.header('Cache-Control', 'no-store')
    const body: TimeResponse = { now: now() }
    return c.json(body)
  })
  return app
}
