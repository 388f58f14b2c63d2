import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono, type MiddlewareHandler } from 'hono'

const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'

/**
 * Serves the built client from `distDir`: Vite's hashed `/assets/*` cached for a year, everything else revalidated,
 * and `index.html` for `/`, `/b/*` and `/admin` (client-side routes). Without a build, `/` says how to make one.
 */
export function createStaticRoute(distDir: string): Hono {
  const app = new Hono()
  const indexFile = join(distDir, 'index.html')
  const isBuilt = () => existsSync(indexFile)
  // Created lazily: serveStatic complains on stderr when its root does not exist yet.
  let files: MiddlewareHandler | null = null
  let index: MiddlewareHandler | null = null

  app.use('*', async (c, next) => {
    if (!isBuilt()) return next()
    files ??= serveStatic({ root: distDir })
    const response = await files(c, next)
    if (response instanceof Response && response.ok) {
      response.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE_CACHE : 'no-cache')
    }
    return response
  })

  const serveIndex: MiddlewareHandler = async (c, next) => {
    if (!isBuilt()) {
      return c.text('The CX Map client is not built. Run `pnpm build` (or `pnpm start`), then reload.', 503)
    }
    index ??= serveStatic({ root: distDir, path: 'index.html' })
    const response = await index(c, next)
    if (response instanceof Response) response.headers.set('Cache-Control', 'no-cache')
    return response
  }
  app.get('/', serveIndex)
  app.get('/b/*', serveIndex)
  app.get('/admin', serveIndex)
  return app
}
