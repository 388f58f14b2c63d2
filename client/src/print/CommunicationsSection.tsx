import type { Journey } from '@cxmap/shared'
import type { PrintT } from './i18n'
import { formatCardMeta } from './PrintCard'
import { findCommunicationGrids, getCellCards, type SectionEntry } from './printModel'
import { Section } from './Section'

/** The communications map as a table: stages down the side, the channel and message lanes across. */
export function CommunicationsSection({ entry, journey, t }: { entry: SectionEntry; journey: Journey; t: PrintT }) {
  return (
    <Section entry={entry} t={t}>
      {findCommunicationGrids(journey).map(({ grid, laneIds }) => {
        const lanes = grid.lanes.filter((lane) => laneIds.includes(lane.id))
        return (
          <div key={grid.id} className="print-block">
            <h2>{grid.title}</h2>
            <table className="print-table print-comms">
              <thead>
                <tr>
                  <th>{t('grid.stageColumn')}</th>
                  {lanes.map((lane) => (
                    <th key={lane.id}>{lane.title}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.stages.map((stage) => (
                  <tr key={stage.id}>
                    <th scope="row">
                      {stage.index + 1}. {stage.title}
                    </th>
                    {lanes.map((lane) => {
                      const cards = getCellCards(grid, stage.id, lane.id)
                      return (
                        <td key={lane.id}>
                          {cards.length === 0 ? <span className="print-muted">{t('empty.cell')}</span> : null}
                          {cards.map((card) => (
                            <p key={card.id} className="print-comms-card">
                              {card.text.trim() || '—'}
                              {/* a channel or message is named by its lane; other kinds say what they are */}
                              {card.kind === 'channel' || card.kind === 'message' ? (
                                card.departmentName ? (
                                  <span className="print-muted"> · {card.departmentName}</span>
                                ) : null
                              ) : (
                                <span className="print-muted"> ({formatCardMeta(card, t)})</span>
                              )}
                            </p>
                          ))}
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      })}
    </Section>
  )
}
