/**
 * The origin at which this process reaches its own server: loopback when it listens on every interface, else the
 * address it is bound to (a server bound to one interface is not reachable on loopback).
 */
export function formatLoopbackOrigin(host: string, port: number): string {
  if (host === '' || host === '0.0.0.0' || host === 'localhost') return `http://127.0.0.1:${port}`
  if (host === '::') return `http://[::1]:${port}`
  return host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`
}
