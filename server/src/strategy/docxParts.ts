import {
  WAVES,
  getStrategyTexts,
  type Locale,
  type StrategyCard,
  type StrategyPartReport,
  type StrategyPartReportOf,
} from '@cxmap/shared'
import type { FileChild } from 'docx'
import { getDocxStrings, type DocxStrings } from './docxStrings.ts'
import { writeBullets, writeSubheading, writeTable, writeText } from './docxTable.ts'

type Body = DocxStrings['body']

/** What the board holds for a part, as Word tables and lists (the page's and the PDF's content, in full). */
export function writePartBody(part: StrategyPartReport, locale: Locale): FileChild[] {
  const body = getDocxStrings(locale).body
  const out = writeContent(part, body, locale)
  return out.length > 0 || part.id === 'sustainability' ? out : [writeText(body.nothing)]
}

function writeContent(part: StrategyPartReport, body: Body, locale: Locale): FileChild[] {
  switch (part.id) {
    case 'stakeholders':
      return writeStakeholders(part, body, locale)
    case 'journeys':
      return part.grids.length === 0
        ? []
        : [
            writeTable(
              [body.grid, body.state, body.stages, body.cards, body.emptyStages],
              part.grids.map((grid) => [
                grid.title,
                grid.state === 'to-be' ? body.toBe : body.asIs,
                grid.stages,
                grid.cards,
                grid.emptyStageIds.length,
              ]),
            ),
          ]
    case 'requirements':
      return [...writeCards(body.expectations, part.expectations), ...writeCards(body.barriers, part.barriers)]
    case 'personas':
      return writePersonas(part, body)
    case 'communications':
      return part.grids.length === 0
        ? []
        : [
            writeTable(
              [body.grid, body.messages, body.channels, body.unowned],
              part.grids.map((grid) => [grid.title, grid.messages, grid.channels, grid.unowned]),
            ),
          ]
    case 'metrics':
      return writeMetrics(part, body, locale)
    case 'engagement':
      return writeEngagement(part, body)
    case 'monetisation':
      return writeMonetisation(part, body, locale)
    case 'roadmap':
      return writeRoadmap(part, body)
    case 'sustainability':
      return []
  }
}

function writeStakeholders(part: StrategyPartReportOf<'stakeholders'>, body: Body, locale: Locale): FileChild[] {
  if (part.stakeholders.length === 0) return []
  const groups = getStrategyTexts(locale).groups
  const names = new Map(part.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.name]))
  return [
    writeTable(
      [body.group, body.name, body.wants, body.conflicts, body.priority, body.ifSuccess],
      part.stakeholders.map((stakeholder) => [
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
      ]),
    ),
  ]
}

function writeCards(title: string, cards: StrategyCard[]): FileChild[] {
  if (cards.length === 0) return []
  const line = (card: StrategyCard) =>
    [card.text.trim() || '—', card.stageTitle, card.departmentName, card.severity ? `${card.severity}/5` : '']
      .filter(Boolean)
      .join(' · ')
  return [writeSubheading(`${title} (${cards.length})`), ...writeBullets(cards.map(line))]
}

function writePersonas(part: StrategyPartReportOf<'personas'>, body: Body): FileChild[] {
  if (part.personas.length === 0) return []
  const names = new Map(part.personas.map((persona) => [persona.id, persona.name]))
  return [
    writeTable(
      [body.persona, body.segment, body.goals, body.preferences, body.constraints, body.value, body.movesTo],
      part.personas.map((persona) => [
        persona.name,
        persona.segment,
        persona.goals,
        persona.preferences,
        persona.constraints,
        persona.value,
        persona.movesTo
          .map((id) => names.get(id) ?? '')
          .filter(Boolean)
          .join(', '),
      ]),
    ),
  ]
}

function writeMetrics(part: StrategyPartReportOf<'metrics'>, body: Body, locale: Locale): FileChild[] {
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value, locale))
  const rows = part.stages.flatMap((stage) =>
    stage.metrics.map((metric) => [
      `${stage.gridTitle} · ${stage.stageTitle}`,
      metric.label.trim() || metric.kind,
      number(metric.current),
      number(metric.target),
    ]),
  )
  const out: FileChild[] = []
  if (rows.length > 0) out.push(writeTable([body.stage, body.metric, body.current, body.target], rows))
  if (part.effects.length > 0) {
    const signed = (value: number) => (value === 0 ? '—' : formatNumber(value, locale, true))
    out.push(
      writeSubheading(body.effects),
      writeTable(
        [body.metric, ...WAVES.map((wave) => body.wave.replace('{wave}', String(wave))), body.total],
        part.effects.map((effect) => [
          effect.label || effect.metric,
          ...WAVES.map((wave) => signed(effect.byWave[wave])),
          signed(effect.total),
        ]),
      ),
    )
  }
  return out
}

function writeEngagement(part: StrategyPartReportOf<'engagement'>, body: Body): FileChild[] {
  const { departments, gaps } = part.engagement
  const out: FileChild[] = []
  if (departments.length > 0) {
    out.push(
      writeTable(
        [body.department, body.touchpoints, body.barriersCaused, body.barriersRemoved, body.promises, body.initiatives],
        departments.map((department) => [
          department.departmentName,
          department.touchpoints.length,
          department.barriersCaused.length,
          department.barriersRemoved.length,
          department.promises.length,
          department.initiatives.map((initiative) => initiative.title).join('; ') || '—',
        ]),
      ),
    )
  }
  if (gaps.length > 0) {
    out.push(
      writeSubheading(body.gaps),
      ...writeBullets(gaps.map((gap) => `${gap.gridTitle} · ${gap.stageTitle} (${gap.touchpoints})`)),
    )
  }
  return out
}

function writeMonetisation(part: StrategyPartReportOf<'monetisation'>, body: Body, locale: Locale): FileChild[] {
  return part.monetisation.grids
    .filter((grid) => grid.opportunities > 0 || grid.revenue > 0)
    .flatMap((grid) => [
      writeSubheading(grid.gridTitle),
      writeTable(
        [body.stage, body.revenue, body.opportunities, body.pain, body.paidServices],
        grid.stages.map((stage) => [
          stage.stageTitle,
          stage.revenue > 0 ? formatNumber(stage.revenue, locale) : '—',
          stage.opportunities,
          stage.pain,
          stage.paidServices.join('; ') || '—',
        ]),
      ),
    ])
}

function writeRoadmap(part: StrategyPartReportOf<'roadmap'>, body: Body): FileChild[] {
  return WAVES.flatMap((wave) => {
    const initiatives = part.initiatives.filter((initiative) => initiative.wave === wave)
    if (initiatives.length === 0) return []
    return [
      writeSubheading(body.wave.replace('{wave}', String(wave))),
      writeTable(
        [body.initiative, body.owner, body.serves],
        initiatives.map((initiative) => [
          initiative.title.trim() || '—',
          initiative.ownerDepartmentName || '—',
          initiative.stakeholderNames.join(', ') || '—',
        ]),
      ),
    ]
  })
}

function formatNumber(value: number, locale: Locale, signed = false): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: signed ? 'always' : 'auto' }).format(
    value,
  )
}
