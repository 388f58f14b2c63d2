import {
  ORIENTATIONS,
  PAGE_SIZES,
  PRINT_SECTIONS,
  type PrintOptions,
  type PrintSection,
  type Orientation,
} from '@cxmap/shared'
import { useEffect, useId, useRef, type FormEvent } from 'react'
import { useExportT, type ExportT } from './i18n'
import { printViewPath } from './pdfExport'
import { useElapsedSeconds, usePdfExport, type PdfExportState } from './usePdfExport'

interface PdfDialogProps {
  boardId: string
  token: string
  title: string
  options: PrintOptions
  onOptionsChange: (options: PrintOptions) => void
  onClose: () => void
}

const LANGUAGES = ['ru', 'en'] as const

/**
 * "PDF for management": paper, orientation, the document's language and its sections; "Download PDF" asks the server,
 * shows how long it has been rendering (cancellable), and on failure shows the server's message, with the print view
 * to print from the browser when the server cannot.
 */
export function PdfDialog({ boardId, token, title, options, onOptionsChange, onClose }: PdfDialogProps) {
  const t = useExportT()
  const titleId = useId()
  const { state, start, cancel } = usePdfExport({ boardId, token, title, onSaved: onClose })
  const isRendering = state.phase === 'rendering'
  const downloadRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    downloadRef.current?.focus()
  }, [])

  const update = (patch: Partial<PrintOptions>) => onOptionsChange({ ...options, ...patch })
  const toggleSection = (section: PrintSection, isOn: boolean) =>
    update({
      sections: PRINT_SECTIONS.filter((name) => (name === section ? isOn : options.sections.includes(name))),
    })

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (isRendering || options.sections.length === 0) return
    void start(options)
  }

  return (
    <div
      className="modal-backdrop"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose()
        // The canvas under the dialog must not take these keys (Delete, shortcuts).
        event.stopPropagation()
      }}
      onPointerDown={(event) => {
        if (event.target === event.currentTarget && !isRendering) onClose()
      }}
    >
      <form
        className="modal pdf-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="pdf-dialog"
        onSubmit={handleSubmit}
      >
        <div>
          <h2 id={titleId}>{t('pdf.title')}</h2>
          <p className="muted pdf-dialog__hint">{t('pdf.hint')}</p>
        </div>
        <fieldset className="pdf-dialog__paper" disabled={isRendering}>
          <div className="field">
            <span className="field__label">{t('pdf.size')}</span>
            <div className="pdf-dialog__choices" role="radiogroup" aria-label={t('pdf.size')}>
              {PAGE_SIZES.map((size) => (
                <label key={size} className="pdf-dialog__choice">
                  <input
                    type="radio"
                    name="pdf-size"
                    checked={options.size === size}
                    data-testid={`pdf-size-${size}`}
                    onChange={() => update({ size })}
                  />
                  {size}
                </label>
              ))}
            </div>
          </div>
          <div className="field">
            <span className="field__label">{t('pdf.orientation')}</span>
            <div className="pdf-dialog__choices" role="radiogroup" aria-label={t('pdf.orientation')}>
              {ORIENTATIONS.map((orientation) => (
                <label key={orientation} className="pdf-dialog__choice">
                  <input
                    type="radio"
                    name="pdf-orientation"
                    checked={options.orientation === orientation}
                    data-testid={`pdf-orientation-${orientation}`}
                    onChange={() => update({ orientation })}
                  />
                  <PageIcon orientation={orientation} />
                  {t(`pdf.${orientation}`)}
                </label>
              ))}
            </div>
          </div>
          <label className="field">
            <span className="field__label">{t('pdf.language')}</span>
            <select
              className="select select--compact"
              value={options.lang}
              data-testid="pdf-lang"
              onChange={(event) => update({ lang: event.target.value === 'en' ? 'en' : 'ru' })}
            >
              {LANGUAGES.map((lang) => (
                <option key={lang} value={lang}>
                  {t(`pdf.languages.${lang}`)}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <p className="muted pdf-dialog__small">{t('pdf.languageHint')}</p>
        <fieldset className="field pdf-dialog__sections" disabled={isRendering}>
          <legend className="field__label pdf-dialog__legend">
            {t('pdf.sectionsLabel')}
            {/* A disabled fieldset leaves the controls in its legend enabled: these are disabled by hand. */}
            <span className="pdf-dialog__bulk">
              <button
                type="button"
                className="pdf-dialog__link"
                disabled={isRendering}
                onClick={() => update({ sections: [...PRINT_SECTIONS] })}
              >
                {t('pdf.all')}
              </button>
              <button
                type="button"
                className="pdf-dialog__link"
                disabled={isRendering}
                onClick={() => update({ sections: [] })}
              >
                {t('pdf.none')}
              </button>
            </span>
          </legend>
          {PRINT_SECTIONS.map((section) => (
            <label key={section} className="pdf-dialog__check">
              <input
                type="checkbox"
                checked={options.sections.includes(section)}
                data-testid={`pdf-section-${section}`}
                onChange={(event) => toggleSection(section, event.target.checked)}
              />
              <span>{t(`pdf.sections.${section}`)}</span>
            </label>
          ))}
          {options.sections.length === 0 && <p className="field__error">{t('pdf.noSections')}</p>}
        </fieldset>
        <PdfStatus state={state} boardId={boardId} token={token} onCancel={cancel} t={t} />
        <div className="modal__actions">
          <button type="button" className="button" data-testid="pdf-close" onClick={onClose}>
            {t('pdf.close')}
          </button>
          <button
            ref={downloadRef}
            type="submit"
            className="button button--primary"
            data-testid="pdf-download"
            disabled={isRendering || options.sections.length === 0}
          >
            {t('pdf.download')}
          </button>
        </div>
      </form>
    </div>
  )
}

interface PdfStatusProps {
  state: PdfExportState
  boardId: string
  token: string
  onCancel: () => void
  t: ExportT
}

/** The progress of a running export, or the last failure (with the print view when the server cannot print). */
function PdfStatus({ state, boardId, token, onCancel, t }: PdfStatusProps) {
  if (state.phase === 'rendering') return <PdfProgress startedAt={state.startedAt} onCancel={onCancel} t={t} />
  if (state.phase !== 'failed') return null
  // 503: no Chromium on the server (or too busy); 5xx in general: it could not print, the browser still can.
  const canPrintInBrowser = state.status >= 500
  return (
    <div className="form-error pdf-dialog__error" role="alert" data-testid="pdf-error">
      <p>{state.status === 503 ? t('pdf.unavailable') : t('pdf.failedTitle')}</p>
      <p className="pdf-dialog__message" data-testid="pdf-error-message">
        {state.message}
      </p>
      {canPrintInBrowser && (
        <p className="pdf-dialog__fallback">
          <a
            className="button button--small"
            href={printViewPath(boardId, state.options, token)}
            target="_blank"
            rel="noopener"
            data-testid="pdf-open-print-view"
          >
            {t('pdf.openPrintView')}
          </a>
          <span className="muted">{t('pdf.printViewHint')}</span>
        </p>
      )}
    </div>
  )
}

function PdfProgress({ startedAt, onCancel, t }: { startedAt: number; onCancel: () => void; t: ExportT }) {
  const seconds = useElapsedSeconds(startedAt)
  return (
    <div className="pdf-dialog__progress" role="status" data-testid="pdf-progress">
      <span className="pdf-dialog__spinner" aria-hidden="true" />
      <span className="pdf-dialog__progress-text">
        <span>{t('pdf.rendering', { seconds })}</span>
        <span className="muted pdf-dialog__small">{t('pdf.renderingHint')}</span>
      </span>
      <button type="button" className="button button--small" data-testid="pdf-cancel" onClick={onCancel}>
        {t('pdf.cancel')}
      </button>
    </div>
  )
}

function PageIcon({ orientation }: { orientation: Orientation }) {
  const [w, h] = orientation === 'landscape' ? [16, 11] : [11, 16]
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" className="pdf-dialog__page-icon">
      <rect x={(18 - w) / 2} y={(18 - h) / 2} width={w} height={h} rx="1.5" fill="none" stroke="currentColor" />
    </svg>
  )
}
