import { describe, expect, it } from 'vitest'
import { readJourney } from '../journey/format/readJourney.ts'
import { MATURITY_SIGNS } from './maturity.ts'
import { STRATEGY_PARTS } from './parts.ts'
import { readStrategy } from './readStrategy.ts'
import {
  buildFixtureJourney,
  buildFixtureRoadmap,
  buildFixtureStrategy,
  FIXTURE_DEPARTMENTS,
} from './strategyFixture.ts'
import type { StrategyInput, StrategyPartReport } from './strategyReport.ts'
import { STRATEGY_MISSING_KEYS } from './strategyReport.ts'
import { getStrategyTexts } from './strategyTexts.ts'

const fixture: StrategyInput = {
  journey: buildFixtureJourney(),
  roadmap: buildFixtureRoadmap(),
  departments: FIXTURE_DEPARTMENTS,
  strategy: buildFixtureStrategy(),
  locale: 'ru',
}

const summary = (parts: StrategyPartReport[]) =>
  Object.fromEntries(parts.map((part) => [part.id, [part.status, part.missing.map((m) => m.what)]]))

describe('readStrategy', () => {
  it('on an empty board every part is missing, each says what to add and where', () => {
    const empty = readStrategy({
      journey: readJourney([], []),
      roadmap: { initiatives: [], triggers: [], stimuli: [] },
      departments: [],
      strategy: { stakeholders: [], personas: [], maturity: [], texts: {} },
      locale: 'en',
    })
    expect(empty.parts.map((part) => part.id)).toEqual([...STRATEGY_PARTS])
    expect(empty.parts.map((part) => part.status)).toEqual(STRATEGY_PARTS.map(() => 'missing'))
    expect(empty.completeCount).toBe(0)
    for (const part of empty.parts) expect(part.missing.length).toBeGreaterThan(0)
    expect(empty.parts[0]?.missing).toContainEqual({ what: 'stakeholders.none', where: 'stakeholders' })
    expect(empty.parts[9]?.missing).toEqual([{ what: 'sustainability.text', where: 'strategy' }])
    expect(empty.maturity).toMatchObject({ stage: null, nextStage: 'reactive' })
  })

  it('on the fixture board: complete, partial and missing parts with what each misses', () => {
    const report = readStrategy(fixture)
    expect(summary(report.parts)).toEqual({
      stakeholders: ['complete', []],
      journeys: ['complete', []],
      requirements: ['complete', []],
      personas: ['partial', ['personas.goals']],
      communications: ['partial', ['communications.owners']],
      metrics: ['partial', ['metrics.stages']],
      engagement: ['partial', ['engagement.owners']],
      monetisation: ['complete', []],
      roadmap: ['partial', ['roadmap.waves']],
      sustainability: ['missing', ['sustainability.text']],
    })
    expect(report.completeCount).toBe(4)
  })

  it('fills each part with what the board holds for it', () => {
    const parts = Object.fromEntries(readStrategy(fixture).parts.map((part) => [part.id, part]))
    expect(parts.journeys).toMatchObject({
      grids: [{ role: 'base-cjm', emptyStageIds: [], personaIds: ['anna'] }, { state: 'to-be' }, {}],
    })
    expect(parts.requirements).toMatchObject({
      expectations: [{ text: 'Быстро' }],
      barriers: [{ text: 'Очередь', departmentName: 'Сервис' }],
    })
    expect(parts.personas).toMatchObject({
      paths: [{ fromId: 'anna', toId: 'boris' }],
      curves: [{ state: 'as-is' }, { state: 'to-be' }],
    })
    expect(parts.communications).toMatchObject({ grids: [{ id: 'shape:comms', messages: 1, channels: 1, unowned: 1 }] })
    expect(parts.roadmap).toMatchObject({
      initiatives: [{ ownerDepartmentName: 'Сервис', stakeholderNames: ['Клиенты'] }],
      byWave: { 1: 1, 2: 0, 3: 0 },
    })
    expect(parts.stakeholders).toMatchObject({ text: 'Клиенты важнее всего', stakeholders: [{ id: 'st1' }] })
  })

  it('a written sustainability text completes its part; the maturity is assessed from the checked signs', () => {
    const signs = MATURITY_SIGNS.filter((sign) => sign.stage === 'reactive').map((sign) => sign.id)
    const strategy = {
      ...fixture.strategy,
      texts: { ...fixture.strategy.texts, sustainability: ' Этика ' },
      maturity: signs,
    }
    const report = readStrategy({ ...fixture, strategy })
    expect(report.parts[9]).toEqual({ id: 'sustainability', status: 'complete', missing: [], text: 'Этика' })
    expect(report.maturity).toMatchObject({ stage: 'reactive', nextStage: 'proactive' })
  })

  it('has a text for every missing key in both languages', () => {
    for (const locale of ['en', 'ru'] as const) {
      for (const key of STRATEGY_MISSING_KEYS) expect(getStrategyTexts(locale).missing[key]).toBeTruthy()
    }
  })
})
