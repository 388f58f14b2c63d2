import { pageSizeMm, parsePrintQuery, type PrintOptions, type PrintSection } from '@cxmap/shared'
import i18next from 'i18next'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { takeBoardToken } from '../state/boardToken'
import { flushSync } from 'react-dom'
import { describeError } from './describeError'
import { needsLicenseKey } from '../license/licenseState'
import { BoardSnapshot, type BoardPictures, type BoardSvgFailure } from './BoardSnapshot'
import { createPrintT } from './i18n'
import { getContentBox, PAGE_MARGIN_MM } from './pageMetrics'
import './print.css'
import { PrintDocument } from './PrintDocument'
import { PersonasProvider } from '../journey/personas/PersonasContext'
import { assembleSections, type PrintData } from './printModel'
import { publishPrintError, publishPrintReady, waitForAssets, waitForLayout } from './printStatus'
import { usePrintSession } from './usePrintSession'

/**
 * `/b/:id/print?size=…&orientation=…&lang=…&sections=…#t=<token>`: the board laid out on paper for management. The
 * server's headless Chromium waits for `window.__cxmapPrint.ready` and prints it to PDF; a person sees the same sheets
 * on screen with a Print button. The token is taken from the fragment and stripped from the address at once.
 */
export default function PrintPage({ boardId }: { boardId: string }) {
  const [token] = useState(() => takeBoardToken(boardId))
  const session = usePrintSession(boardId, token)

  useEffect(() => {
    if (session.state === 'error') publishPrintError(session.message)
  }, [session])

  if (session.state === 'loading')
    return (
      <p className="print-status" role="status">
        {createPrintT(readLang(null))('loading')}
      </p>
    )
  if (session.state === 'error') {
    return (
      <p className="print-status print-status-error" role="alert">
        {createPrintT(readLang(null))('failed', { message: session.message })}
      </p>
    )
  }
  let options: PrintOptions
  try {
    options = parsePrintQuery(Object.fromEntries(new URLSearchParams(window.location.search)), session.board.locale)
  } catch (error) {
    return <PrintError message={describeError(error)} />
  }
  return <ReadyPrintView session={session} options={options} />
}

function PrintError({ message }: { message: string }) {
  useEffect(() => publishPrintError(message), [message])
  return (
    <p className="print-status print-status-error" role="alert">
      {message}
    </p>
  )
}

function readLang(fallback: 'en' | 'ru' | null): 'en' | 'ru' {
  const lang = new URLSearchParams(window.location.search).get('lang')
  return lang === 'ru' || lang === 'en' ? lang : (fallback ?? (i18next.language === 'ru' ? 'ru' : 'en'))
}

function ReadyPrintView({
  session,
  options,
}: {
  session: Extract<ReturnType<typeof usePrintSession>, { state: 'ready' }>
  options: PrintOptions
}) {
  const t = useMemo(() => createPrintT(options.lang), [options.lang])
  const data: PrintData = session.data
  const sections = useMemo(() => assembleSections(options.sections, data), [options.sections, data])
  const needsSvg = sections.some((section) => section.id === 'board' && !section.isEmpty)
  // Without a license key on a production host tldraw would hide the board: the section says it is missing instead.
  const canDrawBoard = !needsLicenseKey(session.config.tldrawLicenseKey)
  const [boardSvg, setBoardSvg] = useState<BoardPictures | BoardSvgFailure | null | undefined>(
    !needsSvg ? null : canDrawBoard ? undefined : { failed: true },
  )
  const [pages, setPages] = useState<Partial<Record<PrintSection, number>>>({})
  const date = useMemo(() => new Date(), [])
  const box = useMemo(() => getContentBox(options.size, options.orientation), [options.size, options.orientation])
  const published = useRef(false)

  useEffect(() => {
    document.title = t('documentTitle', { title: data.title })
    document.documentElement.lang = options.lang
    // Shape components (the whole-board SVG) speak the document's language too.
    if (i18next.language !== options.lang) void i18next.changeLanguage(options.lang)
  }, [t, data.title, options.lang])

  const setPageNumbers = useCallback(async (numbers: Partial<Record<PrintSection, number>>) => {
    flushSync(() => setPages({ ...numbers }))
    await waitForLayout()
  }, [])

  useEffect(() => {
    if (boardSvg === undefined || published.current) return
    published.current = true
    void waitForAssets().then(() =>
      publishPrintReady({ sections: sections.map(({ id, marker }) => ({ id, marker })), setPageNumbers }),
    )
  }, [boardSvg, sections, setPageNumbers])

  const pageCss = formatPageCss(options)
  return (
    <div className={`print-root print-${options.size} print-${options.orientation}`}>
      <style>{pageCss}</style>
      <div className="print-toolbar">
        <span>{t('printHint')}</span>
        <button type="button" onClick={() => window.print()} disabled={boardSvg === undefined}>
          {t('print')}
        </button>
      </div>
      <PersonasProvider doc={session.session.doc} canEdit={false}>
        <PrintDocument
          options={options}
          data={data}
          sections={sections}
          pages={pages}
          boardSvg={boardSvg ?? null}
          date={date}
          t={t}
        />
      </PersonasProvider>
      {needsSvg && boardSvg === undefined ? (
        <BoardSnapshot
          session={session.session}
          licenseKey={session.config.tldrawLicenseKey}
          locale={options.lang}
          box={box}
          onSvg={setBoardSvg}
        />
      ) : null}
    </div>
  )
}

/**
 * The `@page` rule for the paper size. A person printing from the browser gets page numbers from a CSS margin box;
 * the server's headless Chromium (driven by Playwright: `navigator.webdriver`) prints its own footer instead, and
 * both together would print every number twice.
 */
function formatPageCss(options: PrintOptions): string {
  const { w, h } = pageSizeMm(options.size, options.orientation)
  const { top, side, bottom } = PAGE_MARGIN_MM
  const footer = navigator.webdriver
    ? ''
    : "@bottom-center { content: counter(page) ' / ' counter(pages); font: 8pt sans-serif; color: #5f6368; }"
  return `@page { size: ${w}mm ${h}mm; margin: ${top}mm ${side}mm ${bottom}mm; ${footer} }
:root { --print-page-w: ${w}mm; --print-page-h: ${h}mm; --print-margin-top: ${top}mm; --print-margin-side: ${side}mm;
  --print-margin-bottom: ${bottom}mm; }`
}
