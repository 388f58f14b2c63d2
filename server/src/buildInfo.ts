import { readFileSync } from 'node:fs'

/** What `cxmap_build_info` tells about the running build. */
export interface BuildInfo {
  version: string
  commit: string
  node: string
}

// Two levels up from both src/buildInfo.ts and the bundled dist/main.js: the workspace root.
const ROOT_PACKAGE_JSON = new URL('../../package.json', import.meta.url)

/**
 * The version of the root `package.json`, the commit (`CXMAP_COMMIT`: set in the environment, or replaced at build
 * time by the bundler's `define`) and the Node.js version; `unknown` for what cannot be read.
 */
export function readBuildInfo(): BuildInfo {
  // Spelled out in full so that a bundler's `define` for `process.env.CXMAP_COMMIT` can replace it.
  return { version: readVersion(), commit: process.env.CXMAP_COMMIT || 'unknown', node: process.version }
}

function readVersion(): string {
  try {
    const { version } = JSON.parse(readFileSync(ROOT_PACKAGE_JSON, 'utf8')) as { version?: unknown }
    return typeof version === 'string' ? version : 'unknown'
  } catch {
    return 'unknown'
  }
}
