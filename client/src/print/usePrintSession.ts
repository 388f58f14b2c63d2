import {
  readWorkshop,
  getClosedCounts,
  readDocJourney,
  readRoadmap,
  readStrategy,
  readStrategyDoc,
  type BoardResponse,
  type ClientConfig,
} from '@cxmap/shared'
import { useEffect, useState } from 'react'
import type { WebsocketProvider } from 'y-websocket'
import { fetchBoard, fetchConfig } from '../api/client'
import { openBoardSession, type BoardSession } from '../sync/session'
import { buildPrintData, type PrintData } from './printModel'

/** Where opening the board for printing stands. */
export type PrintSessionState =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; board: BoardResponse; config: ClientConfig; session: BoardSession; data: PrintData }

/** How long the view waits for the board's docs before it reports that it cannot print. */
export const PRINT_SYNC_TIMEOUT_MS = 30_000
/** How long it waits for the control doc (the last vote's dots) before printing without them. */
export const CONTROL_SYNC_TIMEOUT_MS = 5_000

/**
 * Opens the board read-only with the link's token, waits until the doc is synced with the server and bound to the
 * tldraw store, then reads everything the document prints.
 */
export function usePrintSession(boardId: string, token: string | null): PrintSessionState {
  const [state, setState] = useState<PrintSessionState>({ state: 'loading' })

  useEffect(() => {
    if (!token) {
      setState({ state: 'error', message: 'the link has no access token (#t=…)' })
      return
    }
    let session: BoardSession | null = null
    let isCurrent = true
    const fail = (message: string) => {
      if (isCurrent) setState({ state: 'error', message })
    }
    void (async () => {
      const [config, board] = await Promise.all([fetchConfig(), fetchBoard(boardId, token)])
      if (!isCurrent) return
      const bound = new Promise<void>((resolve, reject) => {
        session = openBoardSession(boardId, token, board.role, {
          onStatus: () => {},
          onCloseReason: (reason) => {
            if (reason) reject(new Error(`the server closed the connection (${reason})`))
          },
          onBound: resolve,
          onNewerDoc: () => reject(new Error('the board was saved by a newer version of CX Map: reload')),
        })
      })
      const opened = session as unknown as BoardSession
      await withTimeout(
        Promise.all([bound, whenSynced(opened.provider)]),
        PRINT_SYNC_TIMEOUT_MS,
        'the board did not sync',
      )
      // The last closed vote's dots add to the heat; without them the document still prints.
      await withTimeout(whenSynced(opened.control.provider), CONTROL_SYNC_TIMEOUT_MS, '').catch(() => undefined)
      if (!isCurrent) return
      const counts = getClosedCounts(readWorkshop(opened.control.doc).vote) ?? {}
      const journey = readDocJourney(opened.doc, { getVotes: (cardId) => counts[cardId] ?? 0 })
      const shapeCount = opened.store.query.records('shape').get().length
      const roadmap = readRoadmap(opened.doc)
      const strategy = readStrategy({
        journey,
        roadmap,
        departments: journey.departments,
        strategy: readStrategyDoc(opened.doc),
        locale: board.locale,
      })
      const data = buildPrintData(board.title, journey, roadmap, shapeCount, strategy)
      setState({ state: 'ready', board, config, session: opened, data })
    })().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
    return () => {
      isCurrent = false
      ;(session as BoardSession | null)?.dispose()
    }
  }, [boardId, token])

  return state
}

function whenSynced(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return Promise.resolve()
  return new Promise((resolve) => {
    const handleSync = (isSynced: boolean) => {
      if (!isSynced) return
      provider.off('sync', handleSync)
      resolve()
    }
    provider.on('sync', handleSync)
  })
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
}
