import { isTldrawProductionOrigin, type PageOrigin } from '@cxmap/shared'

/**
 * Whether the canvas cannot be shown here: a production build on an origin tldraw treats as production, without a
 * key, where tldraw would draw the canvas for 5 s, then hide it and report the page's address to its CDN. A
 * development build (Vite's dev server) is never production for tldraw.
 */
export function needsLicenseKey(
  licenseKey: string | null,
  origin: PageOrigin = window.location,
  isProductionBuild: boolean = import.meta.env.PROD,
): boolean {
  return !licenseKey && isProductionBuild && isTldrawProductionOrigin(origin)
}
