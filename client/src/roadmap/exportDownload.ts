/**
 * Fetches an export with the board's token (sent as a header, never in the address) and saves it under the name the
 * server gives (`content-disposition`), else `fallbackName`. Throws an Error with the server's message on failure.
 */
export async function downloadExport(path: string, token: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } })
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null
    throw new Error(body?.error?.message ?? `HTTP ${response.status}`)
  }
  const blob = await response.blob()
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
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

/** A file name stem from a board title: letters, digits and dashes (`Путь клиента` → `Путь-клиента`). */
export function fileStem(title: string): string {
  const stem = title
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  return stem || 'board'
}
