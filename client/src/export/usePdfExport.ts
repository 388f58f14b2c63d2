import type { PrintOptions } from '@cxmap/shared'
import { useCallback, useEffect, useRef, useState } from 'react'
import i18next from 'i18next'
import { ExportError, isAbortError, saveBlob } from '../api/download'
import { describeExportError } from '../api/errorMessage'
import { requestPdf } from './pdfExport'

/** Where a PDF export stands: nothing asked, the server rendering (since when), or a failure to show. */
export type PdfExportState =
  | { phase: 'idle' }
  | { phase: 'rendering'; startedAt: number }
  | { phase: 'failed'; message: string; status: number; options: PrintOptions }

interface PdfExportTarget {
  boardId: string
  token: string
  title: string
  /** Called once the PDF has been handed to the browser. */
  onSaved: () => void
}

/**
 * Runs one PDF export at a time: `start` fetches and saves it, `cancel` aborts the request; leaving (unmount) cancels
 * too, so that closing the dialog does not leave the server rendering for nobody.
 */
export function usePdfExport({ boardId, token, title, onSaved }: PdfExportTarget) {
  const [state, setState] = useState<PdfExportState>({ phase: 'idle' })
  const controllerRef = useRef<AbortController | null>(null)
  const onSavedRef = useRef(onSaved)
  onSavedRef.current = onSaved

  useEffect(() => () => controllerRef.current?.abort(), [])

  const start = useCallback(
    async (options: PrintOptions) => {
      controllerRef.current?.abort()
      const controller = new AbortController()
      controllerRef.current = controller
      setState({ phase: 'rendering', startedAt: Date.now() })
      try {
        const pdf = await requestPdf({ boardId, token, title, options, signal: controller.signal })
        if (controller.signal.aborted) return
        saveBlob(pdf.blob, pdf.fileName)
        setState({ phase: 'idle' })
        onSavedRef.current()
      } catch (error) {
        // A cancelled export is the person's choice, not an error; a newer export owns the state by now.
        if (isAbortError(error) || controllerRef.current !== controller) return
        const status = error instanceof ExportError ? error.status : 0
        const message = describeExportError(i18next.t, error)
        setState({ phase: 'failed', message, status, options })
      } finally {
        if (controllerRef.current === controller) controllerRef.current = null
      }
    },
    [boardId, token, title],
  )

  const cancel = useCallback(() => {
    controllerRef.current?.abort()
    controllerRef.current = null
    setState({ phase: 'idle' })
  }, [])

  return { state, start, cancel }
}

/** Whole seconds since `startedAt`, ticking once a second while mounted. */
export function useElapsedSeconds(startedAt: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return Math.max(0, Math.floor((now - startedAt) / 1000))
}
