import { getRecordsMap, readAllRecords, writeRecord } from '@cxmap/shared'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { createCardRecord } from './boardDocs.ts'
import type { TestClient } from './clients.ts'

/** Ids of the cards {@link writeCard} writes (a board's own records, its page and document, are left out). */
const WRITTEN_CARD_ID = /^shape:[a-z]+-\d+$/

/** Card id → text of every complete card {@link writeCard} wrote in `doc`. */
export function readTexts(doc: Y.Doc): Map<string, unknown> {
  const texts = new Map<string, unknown>()
  for (const [id, record] of Object.entries(readAllRecords(doc))) {
    if (WRITTEN_CARD_ID.test(id)) texts.set(id, (record.props as { text?: unknown } | undefined)?.text)
  }
  return texts
}

/** The ids of `expected` that `actual` lacks or holds with another text. */
export function findMissing(expected: Map<string, unknown>, actual: Map<string, unknown>): string[] {
  return [...expected].filter(([id, text]) => actual.get(id) !== text).map(([id]) => id)
}

/** Whether every doc holds the same cards, and at least `atLeast` of them. */
export function haveConverged(docs: Y.Doc[], atLeast = 0): boolean {
  const [first, ...others] = docs.map(readTexts)
  if (!first || first.size < atLeast) return false
  return others.every((texts) => texts.size === first.size && findMissing(first, texts).length === 0)
}

/** Writes card `shape:<prefix>-<n>` with a text naming it. */
export function writeCard(doc: Y.Doc, prefix: string, n: number): void {
  writeRecord(getRecordsMap(doc), createCardRecord(`shape:${prefix}-${n}`, `${prefix} card ${n}`, 'idea', n * 10, 0))
}

/** Writes cards into `doc` one every couple of milliseconds until `stop()`, which resolves with how many. */
export function startWriting(doc: Y.Doc, prefix: string, max = 2000): { stop: () => Promise<number> } {
  let isRunning = true
  let written = 0
  const loop = (async () => {
    while (isRunning && written < max) {
      writeCard(doc, prefix, written)
      written += 1
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
  })()
  return {
    async stop() {
      isRunning = false
      await loop
      return written
    },
  }
}

/**
 * Moves a client to another instance as a load balancer would after its instance died: its provider is dropped and a
 * new one opened on the same `Y.Doc`, which then syncs what it holds both ways.
 */
export function moveClient(client: TestClient, syncUrl: string, boardId: string, token: string): TestClient {
  client.provider.destroy()
  const provider = new WebsocketProvider(syncUrl, boardId, client.doc, {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  })
  const closes: TestClient['closes'] = []
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason })
  })
  return { doc: client.doc, provider, closes, destroy: () => provider.destroy() }
}

/** `/readyz` of an instance: the HTTP status, or 0 when the process does not answer. */
export async function readReadiness(httpUrl: string): Promise<number> {
  try {
    const response = await fetch(`${httpUrl}/readyz`, { signal: AbortSignal.timeout(2000) })
    await response.body?.cancel()
    return response.status
  } catch {
    return 0
  }
}

/** Polls `/readyz` of every instance until `stop()`; returns when each was first seen not ready, and ready again. */
export function watchReadiness(urls: string[]): {
  stop: () => Promise<{ notReadyAt: number; readyAgainAt: number }[]>
} {
  let isRunning = true
  const seen = urls.map(() => ({ notReadyAt: 0, readyAgainAt: 0 }))
  const loop = (async () => {
    while (isRunning) {
      const statuses = await Promise.all(urls.map(readReadiness))
      const now = performance.now()
      statuses.forEach((status, i) => {
        const entry = seen[i]!
        if (status === 503 && entry.notReadyAt === 0) entry.notReadyAt = now
        if (status === 200 && entry.notReadyAt !== 0 && entry.readyAgainAt === 0) entry.readyAgainAt = now
      })
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  })()
  return {
    async stop() {
      isRunning = false
      await loop
      return seen
    },
  }
}
