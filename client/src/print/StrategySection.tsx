import { getStrategyTexts, type StrategyPartReport, type StrategyReport } from '@cxmap/shared'
import { createStrategyT, type StrategyT } from '../strategy/i18n'
import { PartBody } from '../strategy/parts/PartBody'
import type { PrintT } from './i18n'
import type { SectionEntry } from './printModel'
import { Section } from './Section'
import './strategyPrint.css'

/**
 * «CX-стратегия»: the ten parts in order, each with its completeness, what the board holds for it (every item: paper
 * is not scrolled), its prose and what is missing; from the same report and renderers as the strategy page.
 */
export function StrategySection({ entry, report, t }: { entry: SectionEntry; report: StrategyReport; t: PrintT }) {
  const strategyT = createStrategyT(t.lang)
  return (
    <Section entry={entry} t={t} className="print-strategy">
      <p className="print-muted">
        {strategyT('page.progress', {
          complete: report.completeCount,
          partial: report.parts.filter((part) => part.status === 'partial').length,
          total: report.parts.length,
        })}
      </p>
      {report.parts.map((part, index) => (
        <PrintedPart key={part.id} part={part} number={index + 1} t={strategyT} lang={t.lang} />
      ))}
    </Section>
  )
}

function PrintedPart({
  part,
  number,
  t,
  lang,
}: {
  part: StrategyPartReport
  number: number
  t: StrategyT
  lang: 'en' | 'ru'
}) {
  const texts = getStrategyTexts(lang)
  const prose = part.id === 'stakeholders' || part.id === 'sustainability' ? part.text.trim() : ''
  return (
    <div className="print-block print-strategy-part" data-part={part.id}>
      <h2>
        {number}. {texts.parts[part.id]}{' '}
        <span className={`print-strategy-status print-strategy-status--${part.status}`}>
          {t(`status.${part.status}`)}
        </span>
      </h2>
      <PartBody part={part} t={t} locale={lang} limit={Number.POSITIVE_INFINITY} />
      {prose
        ? prose.split(/\n+/).map((line, index) => (
            <p key={index} className="print-strategy-prose">
              {line}
            </p>
          ))
        : null}
      {part.missing.length > 0 ? (
        <p className="print-strategy-missing">
          <strong>{t('missing.title')}:</strong> {part.missing.map((item) => texts.missing[item.what]).join('; ')}
        </p>
      ) : null}
    </div>
  )
}
