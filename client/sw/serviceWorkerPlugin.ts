import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

/** Of tldraw's translations, the worker keeps the app's languages only (tldraw loads the UI language's file alone). */
const KEPT_TRANSLATION = /\/translations\/(en|ru)\.json$/

/**
 * Emits `sw.js` (client/sw/sw.js with this build's manifest prepended) into a production build: the worker then
 * caches exactly this build's files (hashed assets, tldraw's fonts, icons and our languages' translations, public
 * files), and any change to them is a new worker that replaces the old cache.
 */
export function serviceWorkerPlugin(options: { publicDir: string }): Plugin {
  return {
    name: 'cxmap-service-worker',
    apply: 'build',
    generateBundle(_, bundle) {
      const files = Object.values(bundle)
        .filter((output) => output.fileName !== 'index.html' && !output.fileName.endsWith('.map'))
        .filter((output) => output.type === 'chunk' || isKeptAsset(output.originalFileNames))
        .map((output) => output.fileName)
      files.push(...readdirSync(options.publicDir))
      files.sort()
      // The version covers the shell too: a new index.html (another entry file) is another worker.
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16)
      const worker = readFileSync(new URL('./sw.js', import.meta.url), 'utf8')
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `self.__CXMAP_BUILD__ = ${JSON.stringify({ version, files })}\n${worker}`,
      })
    },
  }
}

function isKeptAsset(originalFileNames: readonly string[]): boolean {
  return !originalFileNames.some((name) => name.includes('/translations/') && !KEPT_TRANSLATION.test(name))
}
