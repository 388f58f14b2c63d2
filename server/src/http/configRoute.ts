import { PROTOCOL_VERSION, type ClientConfig, type CreateBoardsMode } from '@cxmap/shared'
import { Hono } from 'hono'

/** `/api/config`: the runtime settings the client reads at start. */
export function createConfigRoute(config: {
  tldrawLicenseKey: string | null
  maxMessageBytes: number
  createBoards: CreateBoardsMode
}): Hono {
  const app = new Hono()
  app.get('/', (c) => {
    const body: ClientConfig = {
      tldrawLicenseKey: config.tldrawLicenseKey,
      protocolVersion: PROTOCOL_VERSION,
      maxMessageBytes: config.maxMessageBytes,
      createBoards: config.createBoards,
    }
    return c.json(body)
  })
  return app
}
