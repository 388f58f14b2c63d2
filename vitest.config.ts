import { readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

const clientRoot = path.resolve(import.meta.dirname, 'client')

/**
 * Client test files that build a headless tldraw Editor: it installs DOM stand-ins on globalThis
 * (client/test/headlessEditor.ts) that would leak into the next file of a shared worker, so these keep vitest's
 * per-file isolation. Found by what they import, so a new such test is isolated without a list to keep.
 */
function headlessEditorTests(): string[] {
  return ['src', 'test'].flatMap((dir) =>
    readdirSync(path.join(clientRoot, dir), { recursive: true, encoding: 'utf8' })
      .map((file) => path.join(dir, file))
      .filter((file) => file.endsWith('.test.ts'))
      .filter((file) => /headlessEditor|linkedEditors/.test(readFileSync(path.join(clientRoot, file), 'utf8'))),
  )
}

const editorTests = headlessEditorTests()

// The other client and the shared tests share their worker's module cache (isolate: false): the app's modules are
// imported once per worker instead of once per file, which took the client's run from ≈ 107 s to ≈ 45 s.
export default defineConfig({
  test: {
    // vitest's default is one worker fewer than the cores: one on our 2-core machines. The server's tests mostly wait
    // on sockets and child processes, so two workers there took `vitest run` from ≈ 305 s to ≈ 226 s (three: 240 s).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { test: { name: 'shared', root: 'shared', include: ['src/**/*.test.ts'], isolate: false } },
      { test: { name: 'server', root: 'server', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } },
      {
        test: {
          name: 'client',
          root: 'client',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: editorTests,
          isolate: false,
        },
      },
      { test: { name: 'client-editor', root: 'client', include: editorTests } },
    ],
  },
})
