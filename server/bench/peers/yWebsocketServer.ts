// Bare reference y-websocket server for the fan-out benchmark: @y/websocket-server's own `setupWSConnection` on a
// `ws` server, exactly like its `y-websocket-server` bin, but on PORT=0 and with the port reported as a JSON line.
// No auth and no persistence (YPERSISTENCE is unset): it is the bare reference our server is compared against.
import { createServer } from 'node:http'
import { setupWSConnection } from '@y/websocket-server/utils'
import { WebSocketServer } from 'ws'

const wss = new WebSocketServer({ noServer: true })
wss.on('connection', setupWSConnection)
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/plain' })
  response.end('okay')
})
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request))
})
delete process.env.YPERSISTENCE
server.listen(Number(process.env.PORT ?? '0'), process.env.HOST ?? '127.0.0.1', () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  console.log(
    JSON.stringify({ msg: 'listening', port, server: '@y/websocket-server', auth: false, persistence: false }),
  )
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
