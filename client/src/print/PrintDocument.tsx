import type { PrintOptions, PrintSection } from '@cxmap/shared'
import type { BoardPictures, BoardSvgFailure } from './BoardSnapshot'
import { BoardSection } from './BoardSection'
import { CommunicationsSection } from './CommunicationsSection'
import { ContentsSection } from './ContentsSection'
import { CoverSection } from './CoverSection'
import { GridSection } from './GridSection'
import { HeatmapSection } from './HeatmapSection'
import type { PrintT } from './i18n'
import { JourneySection } from './JourneySection'
import { getContentBox } from './pageMetrics'
import type { PrintData, SectionEntry } from './printModel'
import { Section } from './Section'
import { RoadmapSection } from './RoadmapSection'
import { StrategySection } from './StrategySection'

/** The document: every section asked for, in order, each starting on a new page. */
export function PrintDocument({
  options,
  data,
  sections,
  pages,
  boardSvg,
  date,
  t,
}: {
  options: PrintOptions
  data: PrintData
  sections: SectionEntry[]
  pages: Partial<Record<PrintSection, number>>
  boardSvg: BoardPictures | BoardSvgFailure | null
  date: Date
  t: PrintT
}) {
  const box = getContentBox(options.size, options.orientation)
  const grids = data.journey.grids
  return (
    <main className="print-document" lang={options.lang}>
      {sections.map((entry) => {
        switch (entry.id) {
          case 'cover':
            return <CoverSection key={entry.id} entry={entry} data={data} date={date} t={t} />
          case 'contents':
            return <ContentsSection key={entry.id} entry={entry} sections={sections} pages={pages} t={t} />
          case 'board':
            return <BoardSection key={entry.id} entry={entry} svg={boardSvg} grids={grids} box={box} t={t} />
          case 'grids':
            return <GridSection key={entry.id} entry={entry} grids={grids} options={options} t={t} />
          case 'heatmap':
            return <HeatmapSection key={entry.id} entry={entry} grids={grids} t={t} />
          case 'journey':
            return <JourneySection key={entry.id} entry={entry} journey={data.journey} t={t} />
          case 'communications':
            return <CommunicationsSection key={entry.id} entry={entry} journey={data.journey} t={t} />
          case 'roadmap':
            return <RoadmapSection key={entry.id} entry={entry} data={data} t={t} />
          case 'strategy':
            return data.strategy ? (
              <StrategySection key={entry.id} entry={entry} report={data.strategy} t={t} />
            ) : (
              <Section key={entry.id} entry={{ ...entry, isEmpty: true }} t={t}>
                {null}
              </Section>
            )
        }
      })}
    </main>
  )
}
