/** The parts of a page's address tldraw's license check looks at. */
export interface PageOrigin {
  protocol: string
  hostname: string
}

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host)
}

/**
 * Whether tldraw 5.4.2 treats a page of a production build at this origin as production, where it needs a license
 * key: HTTPS from a host other than localhost, and any `*.localhost` name (the rules of tldraw's
 * `LicenseManager.getIsDevelopment`).
 */
export function isTldrawProductionOrigin({ protocol, hostname }: PageOrigin): boolean {
  if (hostname.toLowerCase().endsWith('.localhost')) return true
  if (protocol === 'http:') return false
  return !(protocol === 'https:' && isLoopbackHost(hostname))
}
