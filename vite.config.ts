import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { serviceWorkerPlugin } from './client/sw/serviceWorkerPlugin.ts'

const clientRoot = fileURLToPath(new URL('./client', import.meta.url))

// Read when Vite starts (not at import time of anything else): the dev server proxies to the API/sync server.
const serverPort = process.env.CXMAP_SERVER_PORT || '8080'
const serverOrigin = `http://localhost:${serverPort}`

export default defineConfig({
  root: clientRoot,
  publicDir: 'public',
  plugins: [react(), serviceWorkerPlugin({ publicDir: `${clientRoot}/public` })],
  // Pre-bundling would turn the `?url` imports of tldraw's fonts, icons and translations into undefined in dev.
  optimizeDeps: { exclude: ['@tldraw/assets'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // tldraw alone is ~2 MB minified; the warning is noise for a canvas app loaded once per session.
    chunkSizeWarningLimit: 4096,
    // Fonts, icons and translations stay separate files instead of base64 inside the JS.
    assetsInlineLimit: 0,
  },
  server: {
    port: Number(process.env.CXMAP_CLIENT_PORT || 5173),
    proxy: {
      '/api': { target: serverOrigin },
      '/healthz': { target: serverOrigin },
      '/sync': { target: serverOrigin, ws: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: serverOrigin },
      '/healthz': { target: serverOrigin },
      '/sync': { target: serverOrigin, ws: true },
    },
  },
})
