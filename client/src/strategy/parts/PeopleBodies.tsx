import { getStrategyTexts, type Persona, type StrategyPartReportOf } from '@cxmap/shared'
import { CurveChart } from './CurveChart'
import { DataTable } from './DataTable'
import type { BodyProps } from './PartBody'

/** Part 1: the stakeholder matrix — who wants what, their conflicts, whose wish wins, what success brings them. */
export function StakeholdersBody({ part, t, locale }: BodyProps<StrategyPartReportOf<'stakeholders'>>) {
  if (part.stakeholders.length === 0) return <p className="st-empty">{t('body.nothing')}</p>
  const groups = getStrategyTexts(locale).groups
  const names = new Map(part.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.name]))
  const rows = part.stakeholders.map((stakeholder) => [
    groups[stakeholder.group],
    stakeholder.name,
    stakeholder.wants,
    [
      stakeholder.conflictsWith
        .map((id) => names.get(id) ?? '')
        .filter(Boolean)
        .join(', '),
      stakeholder.conflicts,
    ]
      .filter(Boolean)
      .join(': '),
    `${stakeholder.priority}/5`,
    stakeholder.ifSuccess,
  ])
  return (
    <DataTable
      testId="strategy-stakeholders-table"
      head={[
        t('body.group'),
        t('body.name'),
        t('body.wants'),
        t('body.conflicts'),
        t('body.priority'),
        t('body.ifSuccess'),
      ]}
      rows={rows}
      numeric={[4]}
    />
  )
}

/** Part 4: the personas and segments, their paths to more profitable segments, and the emotion curve of each. */
export function PersonasBody({ part, t }: BodyProps<StrategyPartReportOf<'personas'>>) {
  if (part.personas.length === 0) return <p className="st-empty">{t('body.nothing')}</p>
  const byId = new Map(part.personas.map((persona) => [persona.id, persona]))
  return (
    <>
      <div className="st-cards">
        {part.personas.map((persona) => (
          <PersonaCard key={persona.id} persona={persona} byId={byId} t={t} />
        ))}
      </div>
      {part.curves.length > 0 && (
        <>
          <h4>{t('body.curves')}</h4>
          <div className="st-curves">
            {part.curves.map((grid) => (
              <CurveChart key={grid.gridId} grid={grid} personas={byId} t={t} />
            ))}
          </div>
        </>
      )}
    </>
  )
}

function PersonaCard({
  persona,
  byId,
  t,
}: {
  persona: Persona
  byId: ReadonlyMap<string, Persona>
  t: BodyProps['t']
}) {
  const facts: [string, string][] = [
    [t('body.segment'), persona.segment],
    [t('body.goals'), persona.goals],
    [t('body.preferences'), persona.preferences],
    [t('body.constraints'), persona.constraints],
    [t('body.value'), persona.value],
    [
      t('body.movesTo'),
      persona.movesTo
        .map((id) => byId.get(id)?.name ?? '')
        .filter(Boolean)
        .join(', '),
    ],
  ]
  return (
    <article className="st-card" style={{ ['--st-accent' as string]: persona.color }} data-persona-id={persona.id}>
      <h5>{persona.name}</h5>
      {facts
        .filter(([, value]) => value.trim())
        .map(([label, value]) => (
          <p key={label}>
            <strong>{label}:</strong> {value}
          </p>
        ))}
    </article>
  )
}
