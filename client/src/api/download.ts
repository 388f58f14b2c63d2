import { readRetryAfter } from './client'

/**
 * An export the server refused or failed: its HTTP status (e.g. 503: no Chromium, or busy; 0: no answer), its message,
 * the server's error code (`network` when the request got no answer) and, for a 429, the seconds to wait.
 */
export class ExportError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
    this.name = 'ExportError'
  }
}

/** A fetched export and the name to save it under. */
export interface FetchedExport {
  blob: Blob
  fileName: string
}

/** Options of {@link fetchExport}. */
export interface FetchExportOptions {
  /** Cancels the request (the promise then rejects with the signal's `AbortError`). */
  signal?: AbortSignal
  /** Injected in tests. */
  fetchImpl?: typeof fetch
}

/**
 * Fetches an export with the board's token (sent as a header, never in the address) and names it as the server does
 * (`content-disposition`), else `fallbackName`. Rejects with an {@link ExportError} carrying the server's message and
 * the status.
 */
export async function fetchExport(
  path: string,
  token: string,
  fallbackName: string,
  { signal, fetchImpl = fetch }: FetchExportOptions = {},
): Promise<FetchedExport> {
  let response: Response
  try {
    response = await fetchImpl(path, { headers: { Authorization: `Bearer ${token}` }, signal })
  } catch (error) {
    if (isAbortError(error)) throw error
    throw new ExportError(error instanceof Error ? error.message : String(error), 0, 'network')
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null
    throw new ExportError(
      body?.error?.message ?? `HTTP ${response.status}`,
      response.status,
      body?.error?.code,
      readRetryAfter(response),
    )
  }
  const blob = await response.blob()
  return { blob, fileName: fileNameOf(response.headers.get('content-disposition')) ?? fallbackName }
}

/** Fetches an export (see {@link fetchExport}) and saves it as a download. */
export async function downloadExport(
  path: string,
  token: string,
  fallbackName: string,
  options: FetchExportOptions = {},
): Promise<void> {
  const { blob, fileName } = await fetchExport(path, token, fallbackName, options)
  saveBlob(blob, fileName)
}

/** Hands a blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked after the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** Whether an error is the cancellation of a fetch (the person pressed Cancel). */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}

/** The file name of a `content-disposition` header, preferring the UTF-8 `filename*`. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1]
  if (utf8) {
    try {
      return decodeURIComponent(utf8)
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? null
}

/** A file name stem from a board title, as the server names its CSVs: lower case, letters, digits and dashes. */
export function fileStem(title: string): string {
  const stem = title
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  return stem || 'board'
}
