// Bare Hocuspocus server for the fan-out benchmark: no extensions, no auth hook, documents in memory only, on PORT=0
// with the port reported as a JSON line.
import { Server } from '@hocuspocus/server'

const server = new Server({
  port: Number(process.env.PORT ?? '0'),
  address: process.env.HOST ?? '127.0.0.1',
  quiet: true,
  stopOnSignals: false,
})
await server.listen()
const port = server.address.port
console.log(JSON.stringify({ msg: 'listening', port, server: '@hocuspocus/server', auth: false, persistence: false }))
process.on('SIGTERM', () => void server.destroy().then(() => process.exit(0)))
