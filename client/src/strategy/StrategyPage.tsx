import { ensureStrategy, getStrategyText, getStrategyTexts, type StrategyReport } from '@cxmap/shared'
import { useEffect, useState } from 'react'
import i18next from 'i18next'
import { downloadExport, fileStem } from '../api/download'
import { describeExportError } from '../api/errorMessage'
import { useRoadmapBoard } from '../roadmap/RoadmapContext'
import { MaturityPanel } from './MaturityPanel'
import { useStrategyLocale, useStrategyT } from './i18n'
import { scrollToPart } from './partLinks'
import { StrategyPart } from './StrategyPart'
import { StatusBadge } from './StatusBadge'
import { useStrategyReport } from './useStrategyReport'
import './strategy.css'

const ENSURE_ORIGIN = { source: 'strategy-page' }
const PROSE_PART_IDS = ['stakeholders', 'sustainability'] as const

/**
 * `/b/:id/strategy` «CX-стратегия»: the ten parts of the strategy in the seed's order, each filled from the board, with
 * what is missing and where to add it; the prose parts edited together; the CX maturity self-assessment on top.
 */
export function StrategyPage({ boardId, token, title }: { boardId: string; token: string; title: string }) {
  const t = useStrategyT()
  const locale = useStrategyLocale()
  const { doc, canEdit } = useRoadmapBoard()
  const report = useStrategyReport(locale)
  const { downloadDocx, exportError } = useDocxDownload(boardId, token, title)
  // An older board has no strategy map yet: its first editor creates it (viewers' writes are dropped anyway). The
  // prose texts are created empty too, before anyone types: two peers creating one concurrently keep only one of them,
  // which loses nothing while both are empty.
  useEffect(() => {
    if (!canEdit) return
    ensureStrategy(doc, ENSURE_ORIGIN)
    for (const partId of PROSE_PART_IDS) getStrategyText(doc, partId, ENSURE_ORIGIN)
  }, [doc, canEdit])
  const count = (status: string) => report.parts.filter((part) => part.status === status).length

  return (
    <section className="st-page" data-testid="strategy-page" aria-label={t('page.label')}>
      <header className="st-page__header">
        <h2 className="st-page__title">{t('page.title')}</h2>
        <p className="st-page__progress muted" data-testid="strategy-progress">
          {t('page.progress', { complete: count('complete'), partial: count('partial'), total: report.parts.length })}
        </p>
        <div className="st-page__actions">
          <button
            type="button"
            className="button button--small"
            data-testid="strategy-export-docx"
            onClick={downloadDocx}
          >
            {t('page.exportDocx')}
          </button>
        </div>
      </header>
      {!canEdit && <p className="st-page__note muted">{t('page.readOnly')}</p>}
      {exportError && (
        <p className="st-page__note st-page__note--error" role="alert">
          {exportError}
        </p>
      )}
      <div className="st-page__body">
        <StrategyToc report={report} />
        <div className="st-page__parts">
          <p className="st-page__intro muted">{t('page.intro')}</p>
          <MaturityPanel doc={doc} boardId={boardId} canEdit={canEdit} />
          {report.parts.map((part, index) => (
            <StrategyPart key={part.id} boardId={boardId} part={part} number={index + 1} />
          ))}
        </div>
      </div>
    </section>
  )
}

/** The parts as a list beside the page, each with its completeness; a click scrolls to the part. */
function StrategyToc({ report }: { report: StrategyReport }) {
  const t = useStrategyT()
  const texts = getStrategyTexts(useStrategyLocale())
  return (
    <nav className="st-toc" aria-label={t('page.contents')}>
      <ol>
        {report.parts.map((part, index) => (
          <li key={part.id}>
            <button type="button" className="st-toc__item" onClick={() => scrollToPart(part.id)}>
              <span className="st-toc__number">{index + 1}.</span>
              <span className="st-toc__title">{texts.parts[part.id]}</span>
              <StatusBadge status={part.status} compact />
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}

/** Downloads the strategy's DOCX with the board's token; the error, if any, to show. */
function useDocxDownload(boardId: string, token: string, title: string) {
  const t = useStrategyT()
  const [exportError, setExportError] = useState<string | null>(null)
  const downloadDocx = () => {
    setExportError(null)
    const path = `/api/boards/${encodeURIComponent(boardId)}/strategy.docx`
    downloadExport(path, token, `${fileStem(title)}-strategy.docx`).catch((error: unknown) =>
      setExportError(t('page.exportFailed', { message: describeExportError(i18next.t, error) })),
    )
  }
  return { downloadDocx, exportError }
}
