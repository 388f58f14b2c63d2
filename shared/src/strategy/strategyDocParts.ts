import type { Department } from '../journey/department.ts'
import type { Journey } from '../journey/format/journey.ts'
import { WAVES, type Wave } from '../roadmap/initiative.ts'
import type { Roadmap } from '../roadmap/roadmapDoc.ts'
import { MissingList } from './partStatus.ts'
import { readPersonaCurves } from './personaCurves.ts'
import type { StrategyDoc } from './strategyDoc.ts'
import type { StrategyPartReportOf } from './strategyReport.ts'

/** Part 1 «Ожидания стейкхолдеров»: stakeholders with their wishes and gains, and the balance written out. */
export function readStakeholdersPart(strategy: StrategyDoc): StrategyPartReportOf<'stakeholders'> {
  const { stakeholders } = strategy
  const text = (strategy.texts.stakeholders ?? '').trim()
  const missing = new MissingList()
    .check(stakeholders.length === 0, 'stakeholders.none', 'stakeholders')
    .check(
      stakeholders.some((s) => s.wants.trim() === ''),
      'stakeholders.wants',
      'stakeholders',
    )
    .check(
      stakeholders.some((s) => s.ifSuccess.trim() === ''),
      'stakeholders.ifSuccess',
      'stakeholders',
    )
    .check(text === '', 'stakeholders.balance', 'strategy')
  const status = missing.status(stakeholders.length > 0 || text !== '')
  return { id: 'stakeholders', status, missing: missing.items, stakeholders, text }
}

/** Part 4 «Персоны»: personas with goals, and a journey drawn for at least one of them. */
export function readPersonasPart(journey: Journey, strategy: StrategyDoc): StrategyPartReportOf<'personas'> {
  const { personas } = strategy
  const ids = new Set(personas.map((persona) => persona.id))
  const assigned = journey.grids.some((grid) => grid.personaIds.some((id) => ids.has(id)))
  const missing = new MissingList()
    .check(personas.length === 0, 'personas.none', 'personas')
    .check(
      personas.some((persona) => persona.goals.trim() === ''),
      'personas.goals',
      'personas',
    )
    .check(!assigned, 'personas.grid', 'board')
  const paths = personas.flatMap((persona) => persona.movesTo.map((toId) => ({ fromId: persona.id, toId })))
  return {
    id: 'personas',
    status: missing.status(personas.length > 0),
    missing: missing.items,
    personas,
    curves: readPersonaCurves(journey, personas),
    paths,
  }
}

/** Part 9 «Дорожная карта»: initiatives in all three waves, each with an owner and the stakeholders it serves. */
export function readRoadmapPart(
  roadmap: Roadmap,
  strategy: StrategyDoc,
  departments: readonly Department[],
): StrategyPartReportOf<'roadmap'> {
  const names = new Map(strategy.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.name]))
  const departmentNames = new Map(departments.map((department) => [department.id, department.name]))
  const initiatives = roadmap.initiatives.map((initiative) => ({
    id: initiative.id,
    title: initiative.title,
    wave: initiative.wave,
    status: initiative.status,
    ownerDepartmentName: departmentNames.get(initiative.ownerDepartmentId) ?? '',
    stakeholderNames: initiative.stakeholderIds.flatMap((id) => (names.has(id) ? [names.get(id) ?? ''] : [])),
  }))
  const byWave = Object.fromEntries(
    WAVES.map((wave) => [wave, initiatives.filter((i) => i.wave === wave).length]),
  ) as Record<Wave, number>
  const some = initiatives.length > 0
  const missing = new MissingList()
    .check(!some, 'roadmap.initiatives', 'roadmap')
    .check(some && WAVES.some((wave) => byWave[wave] === 0), 'roadmap.waves', 'roadmap')
    .check(
      initiatives.some((i) => i.ownerDepartmentName === ''),
      'roadmap.owners',
      'roadmap',
    )
    .check(some && initiatives.every((i) => i.stakeholderNames.length === 0), 'roadmap.stakeholders', 'roadmap')
  return { id: 'roadmap', status: missing.status(some), missing: missing.items, initiatives, byWave }
}

/** Part 10 «Устойчивое развитие»: its text (ethics, trust, empathy) written on the strategy page. */
export function readSustainabilityPart(strategy: StrategyDoc): StrategyPartReportOf<'sustainability'> {
  const text = (strategy.texts.sustainability ?? '').trim()
  const missing = new MissingList().check(text === '', 'sustainability.text', 'strategy')
  return { id: 'sustainability', status: missing.status(false), missing: missing.items, text }
}
