import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', root: 'shared', include: ['src/**/*.test.ts'] } },
      { test: { name: 'server', root: 'server', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } },
      { test: { name: 'client', root: 'client', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } },
    ],
  },
})
