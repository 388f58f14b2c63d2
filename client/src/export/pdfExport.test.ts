import { defaultPrintOptions, type PrintOptions } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { ExportError, fileStem, isAbortError } from '../api/download'
import { pdfExportPath, printViewPath, requestPdf } from './pdfExport'

const A3_PORTRAIT: PrintOptions = { size: 'A3', orientation: 'portrait', lang: 'ru', sections: ['cover', 'roadmap'] }

describe('pdf export addresses', () => {
  it('puts the options in the query of the export and of the print view, the token only in the fragment', () => {
    expect(pdfExportPath('abc_1', A3_PORTRAIT)).toBe(
      '/api/boards/abc_1/export.pdf?size=A3&orientation=portrait&lang=ru&sections=cover%2Croadmap',
    )
    const view = printViewPath('abc_1', A3_PORTRAIT, 'to/ken+1')
    expect(view).toBe('/b/abc_1/print?size=A3&orientation=portrait&lang=ru&sections=cover%2Croadmap#t=to%2Fken%2B1')
    expect(view.split('#')[0]).not.toContain('ken')
  })
})

describe('requestPdf', () => {
  const input = (fetchImpl: typeof fetch, signal = new AbortController().signal) => ({
    boardId: 'b1',
    token: 'secret',
    title: 'Путь клиента',
    options: defaultPrintOptions('ru'),
    signal,
    fetchImpl,
  })

  it('sends the token as a bearer header and names the file from content-disposition', async () => {
    let seen: { url: string; auth: string | null } | null = null
    const fetchImpl: typeof fetch = async (url, init) => {
      seen = { url: String(url), auth: new Headers(init?.headers).get('authorization') }
      return new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46]), {
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="board.pdf"; filename*=UTF-8''${encodeURIComponent('Доставка.pdf')}`,
        },
      })
    }
    const pdf = await requestPdf(input(fetchImpl))
    expect(seen).toEqual({ url: pdfExportPath('b1', defaultPrintOptions('ru')), auth: 'Bearer secret' })
    expect(pdf.fileName).toBe('Доставка.pdf')
    expect(pdf.blob.size).toBe(4)
  })

  it('falls back to the board title for the file name', async () => {
    const pdf = await requestPdf(input(async () => new Response('%PDF')))
    expect(pdf.fileName).toBe(`${fileStem('Путь клиента')}.pdf`)
  })

  it("rejects with the server's message and status", async () => {
    const message = 'PDF export needs Chromium: install it'
    const fetchImpl: typeof fetch = async () =>
      Response.json({ error: { code: 'unavailable', message } }, { status: 503 })
    const error = await requestPdf(input(fetchImpl)).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ExportError)
    expect(error).toMatchObject({ message, status: 503 })
  })

  it('names the status when the body is not the JSON error shape', async () => {
    const error = await requestPdf(input(async () => new Response('<html>bad gateway</html>', { status: 502 }))).catch(
      (caught: unknown) => caught,
    )
    expect(error).toMatchObject({ message: 'HTTP 502', status: 502 })
  })

  it('is cancelled by its signal', async () => {
    const controller = new AbortController()
    const fetchImpl: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error))
      })
    const pending = requestPdf(input(fetchImpl, controller.signal))
    controller.abort()
    const error = await pending.catch((caught: unknown) => caught)
    expect(isAbortError(error)).toBe(true)
  })
})
