import { existsSync } from 'node:fs'
import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { findChromium } from './chromium.ts'
import { paths } from './paths.ts'

/** Fails fast, with the fix in the message, when what every spec needs is missing. Servers start per worker. */
export default async function globalSetup(): Promise<void> {
  await mkdir(paths.artifacts, { recursive: true })
  for (const file of await readdir(paths.artifacts)) {
    if (/^server-worker\d+\.log$/.test(file)) await rm(path.join(paths.artifacts, file))
  }
  if (!existsSync(paths.clientIndex)) {
    throw new Error(
      `${paths.clientIndex} is missing: the server serves the built client. Run \`pnpm build\` (\`pnpm test\` does it).`,
    )
  }
  if (!findChromium()) {
    throw new Error("No Chromium found: install Debian's (`apt-get install -y chromium`) or set CXMAP_CHROMIUM.")
  }
}
