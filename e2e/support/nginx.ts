import { execFile, spawn } from 'node:child_process'
import { accessSync, constants, createWriteStream } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { connect, createServer } from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'
import { paths } from './paths.ts'

const run = promisify(execFile)

/** The documented config the test runs (see {@link adaptNginxConfig}). */
export const NGINX_DOC_CONFIG = path.join(paths.repo, 'docs/deploy/nginx.conf')

const START_TIMEOUT_MS = 15_000
const STOP_GRACE_MS = 10_000
const POLL_MS = 50
/** Attempts at starting on fresh ports when one was taken between reserving and binding it. */
const PORT_ATTEMPTS = 3

/** The first of `candidates` that is an executable file, else one found on PATH; `null` when none is. */
export function findExecutable(name: string, candidates: string[] = []): string | null {
  const onPath = (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, name))
  for (const file of [...candidates, ...onPath]) {
    try {
      accessSync(file, constants.X_OK)
      return file
    } catch {
      // Not there; try the next.
    }
  }
  return null
}

/** Debian's nginx (`/usr/sbin`, not on a normal user's PATH), or `NGINX_PATH`. */
export function findNginx(): string | null {
  const candidates = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx']
  return findExecutable('nginx', process.env.NGINX_PATH ? [process.env.NGINX_PATH] : candidates)
}

/** A loopback port free right now: bound on port 0, then released (nginx cannot be told to pick one). */
export async function reservePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no port from listen(0)')
  return address.port
}

/** Where the adapted config points nginx. */
export interface NginxSettings {
  upstreamPort: number
  httpPort: number
  httpsPort: number
  certificate: string
  certificateKey: string
  accessLog: string
  errorLog: string
}

type LineRewrite = (line: string, settings: NginxSettings) => string | null

/** What each `# [test: …]` marker of the documented config lets the test change on its line (`null` drops it). */
const REWRITES: Record<string, LineRewrite> = {
  upstream: (line, s) => replaceOnce(line, /127\.0\.0\.1:\d+;/, `127.0.0.1:${s.upstreamPort};`),
  'http listen': (line, s) => replaceOnce(line, /listen 80;/, `listen 127.0.0.1:${s.httpPort};`),
  'https listen': (line, s) => replaceOnce(line, /listen 443 ssl/, `listen 127.0.0.1:${s.httpsPort} ssl`),
  drop: () => null,
  certificate: (line, s) => replaceOnce(line, /ssl_certificate \S+;/, `ssl_certificate ${s.certificate};`),
  'certificate key': (line, s) =>
    replaceOnce(line, /ssl_certificate_key \S+;/, `ssl_certificate_key ${s.certificateKey};`),
  'access log': (line, s) => replaceOnce(line, /access_log \S+ /, `access_log ${s.accessLog} `),
  'error log': (line, s) => replaceOnce(line, /error_log [^\s;]+/, `error_log ${s.errorLog}`),
}

function replaceOnce(line: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(line)) throw new Error(`docs/deploy/nginx.conf: expected ${pattern} on the line "${line.trim()}"`)
  return line.replace(pattern, replacement)
}

/**
 * The documented config with only its marked lines changed: loopback ports, the upstream's port, a throwaway
 * certificate and logs in the test's directory. Throws when a marker is unknown or missing, so the test cannot drift
 * from the file admins copy.
 */
export function adaptNginxConfig(doc: string, settings: NginxSettings): string {
  const seen = new Set<string>()
  const lines = doc.split('\n').flatMap((line) => {
    const marker = /#\s*\[test: ([^\]]+)\]\s*$/.exec(line)?.[1]
    if (marker === undefined) return [line]
    const rewrite = REWRITES[marker]
    if (!rewrite) throw new Error(`docs/deploy/nginx.conf: unknown test marker "${marker}"`)
    seen.add(marker)
    const rewritten = rewrite(line, settings)
    return rewritten === null ? [] : [rewritten]
  })
  const missing = Object.keys(REWRITES).filter((marker) => !seen.has(marker))
  if (missing.length > 0) throw new Error(`docs/deploy/nginx.conf: no line marked ${missing.join(', ')}`)
  return lines.join('\n')
}

/** nginx's own main config around the site file: everything it writes stays in `dir`. */
function buildMainConfig(dir: string, siteFile: string): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, 'temp', name)};`
  return [
    // As root, workers would run as nobody and could not write the temporary files in our private directory.
    process.getuid?.() === 0 ? 'user root root;' : '',
    'worker_processes 1;',
    `error_log ${path.join(dir, 'logs', 'main-error.log')};`,
    'events { worker_connections 256; }',
    'http {',
    `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
    `  access_log ${path.join(dir, 'logs', 'main-access.log')};`,
    `  include ${siteFile};`,
    '}',
    '',
  ].join('\n')
}

/** A self-signed certificate for 127.0.0.1, valid two days, made with openssl. */
export async function createTestCertificate(openssl: string, dir: string): Promise<{ cert: string; key: string }> {
  const cert = path.join(dir, 'cert.pem')
  const key = path.join(dir, 'key.pem')
  await run(openssl, [
    ...['req', '-x509', '-nodes', '-days', '2', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1'],
    ...['-keyout', key, '-out', cert, '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
  ])
  return { cert, key }
}

/** A running nginx started from the documented config. */
export interface RunningNginx {
  /** `https://127.0.0.1:PORT`: the public origin. */
  httpsOrigin: string
  /** `http://127.0.0.1:PORT`: the redirect to https. */
  httpOrigin: string
  /** Every log nginx wrote (access and error logs of the site and of nginx itself), by file name. */
  readLogs(): Promise<Record<string, string>>
  stop(): Promise<void>
}

/** Starts `nginx -p dir` in the foreground with the adapted config, retrying on fresh ports if one got taken. */
export async function startNginx(options: {
  nginx: string
  dir: string
  upstreamPort: number
  certificate: { cert: string; key: string }
}): Promise<RunningNginx> {
  const { dir } = options
  for (const sub of ['logs', 'temp']) await mkdir(path.join(dir, sub), { recursive: true })
  const doc = await readFile(NGINX_DOC_CONFIG, 'utf8')
  for (let attempt = 1; ; attempt++) {
    const settings: NginxSettings = {
      upstreamPort: options.upstreamPort,
      httpPort: await reservePort(),
      httpsPort: await reservePort(),
      certificate: options.certificate.cert,
      certificateKey: options.certificate.key,
      accessLog: path.join(dir, 'logs', 'cxmap.access.log'),
      errorLog: path.join(dir, 'logs', 'cxmap.error.log'),
    }
    const siteFile = path.join(dir, 'cxmap.conf')
    await writeFile(siteFile, adaptNginxConfig(doc, settings))
    await writeFile(path.join(dir, 'nginx.conf'), buildMainConfig(dir, siteFile))
    try {
      return await launch(options.nginx, dir, settings)
    } catch (error) {
      if (attempt >= PORT_ATTEMPTS || !/Address already in use/.test(String(error))) throw error
    }
  }
}

async function launch(nginx: string, dir: string, settings: NginxSettings): Promise<RunningNginx> {
  const stderrFile = path.join(dir, 'logs', 'stderr.log')
  const stderr = createWriteStream(stderrFile)
  const args = ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', `daemon off; pid ${path.join(dir, 'nginx.pid')};`]
  const child = spawn(nginx, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  child.stderr.pipe(stderr)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const isRunning = () => child.exitCode === null && child.signalCode === null

  async function stop(): Promise<void> {
    if (isRunning()) {
      // Fast shutdown: a graceful one would wait for the open WebSockets.
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
      await exited
      clearTimeout(timer)
    }
    await new Promise<void>((resolve) => stderr.end(resolve))
  }

  const deadline = Date.now() + START_TIMEOUT_MS
  while (!(await canConnect(settings.httpsPort))) {
    if (!isRunning() || Date.now() > deadline) {
      await stop()
      const output = await readFile(stderrFile, 'utf8').catch(() => '')
      throw new Error(`nginx did not start (exit ${child.exitCode ?? child.signalCode}): ${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  return {
    httpsOrigin: `https://127.0.0.1:${settings.httpsPort}`,
    httpOrigin: `http://127.0.0.1:${settings.httpPort}`,
    async readLogs() {
      const logs: Record<string, string> = {}
      const logDir = path.join(dir, 'logs')
      for (const file of await readdir(logDir)) logs[file] = await readFile(path.join(logDir, file), 'utf8')
      return logs
    },
    stop,
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}
