import { defaultPrintOptions, type Locale, type PrintOptions, type Role } from '@cxmap/shared'
import { useCallback, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useValue, type Editor } from 'tldraw'
import i18next from 'i18next'
import { downloadExport, fileStem } from '../api/download'
import { describeExportError } from '../api/errorMessage'
import { useExportT, type ExportKey } from './i18n'
import { exportBoardImage, type ImageFormat } from './imageExport'
import { PdfDialog } from './PdfDialog'
import './export.css'
import { useDismiss } from '../components/useDismiss'

interface ExportMenuProps {
  boardId: string
  token: string
  title: string
  /** The board's language: the PDF's default. */
  locale: Locale
  /** The board file is the facilitator's only (it holds everything on the board, the control doc included). */
  role: Role
  editor: Editor | null
}

type DataExport = { area: 'journey' | 'roadmap'; format: 'csv' | 'json' }

const DATA_EXPORTS: { id: string; labelKey: ExportKey; target: DataExport }[] = [
  { id: 'journey-csv', labelKey: 'menu.journeyCsv', target: { area: 'journey', format: 'csv' } },
  { id: 'journey-json', labelKey: 'menu.journeyJson', target: { area: 'journey', format: 'json' } },
  { id: 'roadmap-csv', labelKey: 'menu.roadmapCsv', target: { area: 'roadmap', format: 'csv' } },
  { id: 'roadmap-json', labelKey: 'menu.roadmapJson', target: { area: 'roadmap', format: 'json' } },
]

/**
 * The top bar's "Export": the PDF for management (a dialog), the CX strategy as DOCX, PNG and SVG of the selection or the whole board
 * (tldraw's export), the journey's and the roadmap's data as CSV or JSON, and for the facilitator the board file.
 */
export function ExportMenu({ boardId, token, title, locale, role, editor }: ExportMenuProps) {
  const t = useExportT()
  const [isOpen, setIsOpen] = useState(false)
  const [isPdfOpen, setIsPdfOpen] = useState(false)
  const [pdfOptions, setPdfOptions] = useState<PrintOptions>(() => defaultPrintOptions(locale))
  const [error, setError] = useState<string | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const shapeCount = useValue('export shape count', () => editor?.getCurrentPageShapeIds().size ?? 0, [editor])
  const selectedCount = useValue('export selected count', () => editor?.getSelectedShapeIds().length ?? 0, [editor])

  const closeMenu = useCallback(() => setIsOpen(false), [])
  useDismiss(isOpen, rootRef, closeMenu)

  const fail = (caught: unknown) => setError(t('menu.failed', { message: describeExportError(i18next.t, caught) }))

  const handleImage = (format: ImageFormat) => {
    if (!editor) return
    setError(null)
    exportBoardImage(editor, format, title).then(() => setIsOpen(false), fail)
  }

  const handleData = ({ area, format }: DataExport) => {
    setError(null)
    const path = `/api/boards/${encodeURIComponent(boardId)}/${area}.${format}`
    downloadExport(path, token, `${fileStem(title)}-${area}.${format}`).then(() => setIsOpen(false), fail)
  }

  const handleBoardFile = () => {
    setError(null)
    const path = `/api/boards/${encodeURIComponent(boardId)}/board-file`
    downloadExport(path, token, `${fileStem(title)}.cxmap.json`).then(() => setIsOpen(false), fail)
  }

  const handleStrategyDocx = () => {
    setError(null)
    const path = `/api/boards/${encodeURIComponent(boardId)}/strategy.docx`
    downloadExport(path, token, `${fileStem(title)}-strategy.docx`).then(() => setIsOpen(false), fail)
  }

  const openPdf = () => {
    setIsOpen(false)
    setIsPdfOpen(true)
  }

  const imageScope =
    shapeCount === 0 ? t('menu.imageOfEmpty') : selectedCount > 0 ? t('menu.imageOfSelection') : t('menu.imageOfBoard')
  const canExportImage = editor !== null && shapeCount > 0

  return (
    <div className="popover-anchor" ref={rootRef}>
      <button
        type="button"
        className="button button--small"
        data-testid="export-button"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        title={t('menu.label')}
        onClick={() => {
          setError(null)
          setIsOpen((open) => !open)
        }}
      >
        <DownloadIcon />
        <span className="topbar__label">{t('menu.button')}</span>
      </button>
      {isOpen && (
        <div className="popover export-menu" role="menu" aria-label={t('menu.label')} data-testid="export-menu">
          <button
            type="button"
            role="menuitem"
            className="export-menu__item"
            data-testid="export-pdf"
            onClick={openPdf}
          >
            <span className="export-menu__name">{t('menu.pdf')}</span>
            <span className="export-menu__hint muted">{t('menu.pdfHint')}</span>
          </button>
          <button
            type="button"
            role="menuitem"
            className="export-menu__item"
            data-testid="export-strategy-docx"
            onClick={handleStrategyDocx}
          >
            <span className="export-menu__name">{t('menu.strategyDocx')}</span>
            <span className="export-menu__hint muted">{t('menu.strategyDocxHint')}</span>
          </button>
          <div className="export-menu__group" role="group" aria-label={t('menu.images')}>
            <span className="export-menu__heading">{t('menu.images')}</span>
            {(['png', 'svg'] as const).map((format) => (
              <button
                key={format}
                type="button"
                role="menuitem"
                className="export-menu__item export-menu__item--row"
                data-testid={`export-${format}`}
                disabled={!canExportImage}
                onClick={() => handleImage(format)}
              >
                <span className="export-menu__name">{t(`menu.${format}`)}</span>
                <span className="export-menu__hint muted">{imageScope}</span>
              </button>
            ))}
          </div>
          <div className="export-menu__group" role="group" aria-label={t('menu.data')}>
            <span className="export-menu__heading">{t('menu.data')}</span>
            {DATA_EXPORTS.map(({ id, labelKey, target }) => (
              <button
                key={id}
                type="button"
                role="menuitem"
                className="export-menu__item export-menu__item--row"
                data-testid={`export-${id}`}
                onClick={() => handleData(target)}
              >
                <span className="export-menu__name">{t(labelKey)}</span>
              </button>
            ))}
          </div>
          {role === 'facilitator' && (
            <div className="export-menu__group" role="group" aria-label={t('menu.board')}>
              <span className="export-menu__heading">{t('menu.board')}</span>
              <button
                type="button"
                role="menuitem"
                className="export-menu__item"
                data-testid="export-board-file"
                onClick={handleBoardFile}
              >
                <span className="export-menu__name">{t('menu.boardFile')}</span>
                <span className="export-menu__hint muted">{t('menu.boardFileHint')}</span>
              </button>
            </div>
          )}
          {error && (
            <p className="form-error" role="alert" data-testid="export-error">
              {error}
            </p>
          )}
        </div>
      )}
      {isPdfOpen &&
        // On the body: the top bar's stacking context would put panels of the workspace above the dialog.
        createPortal(
          <PdfDialog
            boardId={boardId}
            token={token}
            title={title}
            options={pdfOptions}
            onOptionsChange={setPdfOptions}
            onClose={() => setIsPdfOpen(false)}
          />,
          document.body,
        )}
    </div>
  )
}

function DownloadIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path d="M12 4v11m0 0-4.5-4.5M12 15l4.5-4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <path d="M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}
