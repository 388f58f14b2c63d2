import { getStrategyTexts, type StrategyPartReport } from '@cxmap/shared'
import { useRoadmapBoard } from '../roadmap/RoadmapContext'
import { useStrategyLocale, useStrategyT } from './i18n'
import { goToWhere, partAnchor } from './partLinks'
import { PartBody } from './parts/PartBody'
import { SharedText } from './SharedText'
import { StatusBadge } from './StatusBadge'

/** Most items a list shows on the page (the printed document lists them all). */
const PAGE_LIST_LIMIT = 8

/** The parts whose prose is written on this page (the rest is read from the board). */
const PROSE_PARTS = { stakeholders: 'stakeholders', sustainability: 'sustainability' } as const

/** One of the ten parts: its number and title, its completeness, what the board holds for it, and what is missing. */
export function StrategyPart({ boardId, part, number }: { boardId: string; part: StrategyPartReport; number: number }) {
  const t = useStrategyT()
  const locale = useStrategyLocale()
  const { doc, canEdit } = useRoadmapBoard()
  const texts = getStrategyTexts(locale)
  const prose = part.id === 'stakeholders' || part.id === 'sustainability' ? PROSE_PARTS[part.id] : null
  return (
    <section
      id={partAnchor(part.id)}
      className="st-part"
      data-testid={`strategy-part-${part.id}`}
      data-status={part.status}
      aria-labelledby={`${partAnchor(part.id)}-title`}
    >
      <header className="st-part__header">
        <h3 className="st-part__title" id={`${partAnchor(part.id)}-title`}>
          <span className="st-part__number">{number}.</span> {texts.parts[part.id]}
        </h3>
        <StatusBadge status={part.status} />
      </header>
      <PartBody part={part} t={t} locale={locale} limit={PAGE_LIST_LIMIT} />
      {prose && (
        <SharedText
          doc={doc}
          partId={prose}
          canEdit={canEdit}
          label={t(`text.${prose}`)}
          placeholder={t(`text.${prose}Placeholder`)}
          testId={`strategy-text-${prose}`}
        />
      )}
      {part.missing.length > 0 && (
        <div className="st-missing" data-testid={`strategy-missing-${part.id}`}>
          <strong>{t('missing.title')}</strong>
          <ul>
            {part.missing.map((item) => (
              <li key={`${item.what}-${item.where}`}>
                <span>{texts.missing[item.what]}</span>
                {/* Viewers cannot add anything: they are told what is missing, not sent to add it. */}
                {canEdit && (
                  <button
                    type="button"
                    className="st-link"
                    data-testid={`strategy-go-${part.id}-${item.where}`}
                    onClick={() => goToWhere(boardId, item.where, part.id)}
                  >
                    {t(`missing.add.${item.where}`)}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
