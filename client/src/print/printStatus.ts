import type { PrintSection, PrintViewStatus } from '@cxmap/shared'

/** A section heading's marker, for the server's table of contents pass (see PrintPage). */
export interface PrintSectionMarker {
  id: PrintSection
  marker: string
}

/**
 * What the print view publishes on `window.__cxmapPrint`: `ready` once laid out (or `error`), the section markers,
 * and `setPageNumbers({sectionId: page})`, which fills in the contents page and resolves once it is laid out again.
 */
export interface PrintViewHandle extends PrintViewStatus {
  sections: PrintSectionMarker[]
  setPageNumbers: (pages: Partial<Record<PrintSection, number>>) => Promise<void>
}

declare global {
  interface Window {
    __cxmapPrint?: PrintViewHandle | PrintViewStatus
  }
}

/** Tells the headless browser the view cannot print. */
export function publishPrintError(message: string): void {
  window.__cxmapPrint = { ready: false, error: message }
}

/** Tells the headless browser the view is laid out. */
export function publishPrintReady(handle: Omit<PrintViewHandle, 'ready' | 'error'>): void {
  window.__cxmapPrint = { ready: true, error: null, ...handle }
}

/** Resolves after the next two frames: the layout of a React commit has been done and painted. */
export function waitForLayout(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))
}

/** Resolves once fonts and every image on the page have loaded. */
export async function waitForAssets(): Promise<void> {
  await document.fonts.ready
  await Promise.all(
    [...document.images].map((image) =>
      image.complete ? null : new Promise((resolve) => image.addEventListener('loadend', resolve, { once: true })),
    ),
  )
  await waitForLayout()
}
