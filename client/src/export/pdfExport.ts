import { formatPrintQuery, type PrintOptions } from '@cxmap/shared'
import { fetchExport, fileStem, type FetchedExport } from '../api/download'

/** `GET /api/boards/:id/export.pdf?…`: the PDF the server renders in headless Chromium. */
export function pdfExportPath(boardId: string, options: PrintOptions): string {
  return `/api/boards/${encodeURIComponent(boardId)}/export.pdf?${formatPrintQuery(options)}`
}

/**
 * The print view the server renders, for the browser's own print dialog: same options, the token in the fragment
 * (never sent to the server in the address).
 */
export function printViewPath(boardId: string, options: PrintOptions, token: string): string {
  return `/b/${encodeURIComponent(boardId)}/print?${formatPrintQuery(options)}#t=${encodeURIComponent(token)}`
}

interface RequestPdfInput {
  boardId: string
  token: string
  title: string
  options: PrintOptions
  signal: AbortSignal
  /** Injected in tests. */
  fetchImpl?: typeof fetch
}

/**
 * Asks the server for the PDF with the board's token in the header; cancellable, and the error keeps the status so
 * that the dialog can offer the print view when the server has no Chromium (503).
 */
export function requestPdf({
  boardId,
  token,
  title,
  options,
  signal,
  fetchImpl,
}: RequestPdfInput): Promise<FetchedExport> {
  return fetchExport(pdfExportPath(boardId, options), token, `${fileStem(title)}.pdf`, { signal, fetchImpl })
}
