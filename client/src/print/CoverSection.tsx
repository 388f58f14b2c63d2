import type { PrintT } from './i18n'
import { collectParticipants, listCards, type PrintData, type SectionEntry } from './printModel'

/** The title page: the board's title and date, what it holds, its departments and the people who wrote on it. */
export function CoverSection({
  entry,
  data,
  date,
  t,
}: {
  entry: SectionEntry
  data: PrintData
  date: Date
  t: PrintT
}) {
  const { journey, roadmap } = data
  const participants = collectParticipants(journey)
  const parts: string[] = []
  if (journey.grids.length > 0) {
    parts.push(t('cover.partJourney', { count: journey.grids.length, cards: listCards(journey).length }))
  }
  if (roadmap.initiatives.length > 0) parts.push(t('cover.partRoadmap', { count: roadmap.initiatives.length }))
  const strategy = data.strategy
  if (strategy && strategy.parts.some((part) => part.status !== 'missing')) {
    const partial = strategy.parts.filter((part) => part.status === 'partial').length
    parts.push(t('cover.partStrategy', { complete: strategy.completeCount, partial, total: strategy.parts.length }))
  }
  if (parts.length === 0)
    parts.push(data.shapeCount > 0 ? t('cover.partCanvas', { count: data.shapeCount }) : t('empty.board'))
  return (
    <section className="print-sheet print-section print-cover" data-section={entry.id}>
      <div className="print-cover-top">
        {/* The title page carries no "Cover" heading: its marker sits on the kicker line above the board's title. */}
        <p className="print-kicker" id={`section-${entry.id}`}>
          <span className="print-marker">{entry.marker}</span> {t('cover.kicker')}
        </p>
        <p className="print-title">{data.title.trim() || t('untitled')}</p>
        <p className="print-date">{new Intl.DateTimeFormat(t.lang, { dateStyle: 'long' }).format(date)}</p>
      </div>
      <div className="print-cover-grid">
        <div>
          <h2>{t('cover.parts')}</h2>
          <ul>
            {parts.map((part) => (
              <li key={part}>{part}</li>
            ))}
          </ul>
          <h2>{t('cover.departments')}</h2>
          {journey.departments.length === 0 ? <p className="print-muted">{t('cover.noDepartments')}</p> : null}
          <ul className="print-departments">
            {journey.departments.map((department) => (
              <li key={department.id}>
                <span className="print-swatch" style={{ background: department.color }} />
                {department.name}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2>{t('cover.participants')}</h2>
          {participants.length === 0 ? <p className="print-muted">{t('cover.noParticipants')}</p> : null}
          <ul className="print-participants">
            {participants.map((person) => (
              <li key={person.name}>
                <strong>{person.name}</strong>
                {person.departments.length > 0 ? (
                  <span className="print-muted"> — {person.departments.join(', ')}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  )
}
