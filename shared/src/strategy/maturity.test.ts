import { describe, expect, it } from 'vitest'
import { assessMaturity, MATURITY_SIGNS, MATURITY_STAGES } from './maturity.ts'
import { getStrategyTexts } from './strategyTexts.ts'
import { STRATEGY_PARTS } from './parts.ts'

const signsOf = (stage: string) => MATURITY_SIGNS.filter((sign) => sign.stage === stage).map((sign) => sign.id)

describe('assessMaturity', () => {
  it('places nobody without checked signs and proposes the first stage', () => {
    const result = assessMaturity([])
    expect(result.stage).toBeNull()
    expect(result.nextStage).toBe('reactive')
    expect(result.recommendedTemplates).toEqual(['base-cjm'])
  })

  it('takes the highest stage with half its signs checked and proposes the next one', () => {
    const checked = [...signsOf('reactive'), ...signsOf('proactive').slice(0, 2), signsOf('cx-strategy')[0]!]
    const result = assessMaturity(checked)
    expect(result.stage).toBe('proactive')
    expect(result.scoreByStage).toEqual({ reactive: 1, proactive: 0.5, 'cx-strategy': 0.25, 'cltv-monetisation': 0 })
    expect(result.nextStage).toBe('cx-strategy')
    expect(result.recommendedParts).toContain('engagement')
  })

  it('stays at the top stage and ignores unknown ids', () => {
    const result = assessMaturity([...signsOf('cltv-monetisation'), 'nope'])
    expect(result.stage).toBe('cltv-monetisation')
    expect(result.nextStage).toBe('cltv-monetisation')
  })

  it('has texts for every stage, sign and part in both languages', () => {
    for (const locale of ['en', 'ru'] as const) {
      const texts = getStrategyTexts(locale)
      for (const sign of MATURITY_SIGNS) expect(texts.signs[sign.id]).toBeTruthy()
      for (const stage of MATURITY_STAGES) expect(texts.stages[stage].name).toBeTruthy()
      for (const part of STRATEGY_PARTS) expect(texts.parts[part]).toBeTruthy()
    }
    expect(Object.keys(getStrategyTexts('ru').signs)).toHaveLength(MATURITY_SIGNS.length)
  })
})
