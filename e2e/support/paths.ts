import { fileURLToPath } from 'node:url'

/** Absolute paths the e2e harness needs, resolved from this file so the cwd does not matter. */
export const paths = {
  repo: fileURLToPath(new URL('../../', import.meta.url)),
  e2e: fileURLToPath(new URL('../', import.meta.url)),
  artifacts: fileURLToPath(new URL('../artifacts/', import.meta.url)),
  serverDir: fileURLToPath(new URL('../../server/', import.meta.url)),
  serverMain: fileURLToPath(new URL('../../server/src/main.ts', import.meta.url)),
  clientIndex: fileURLToPath(new URL('../../client/dist/index.html', import.meta.url)),
}
