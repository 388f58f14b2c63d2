import { describe, expect, it } from 'vitest'
import { fitTitle, measureTitleText, type MeasureText } from './titleFit'

/** Every glyph 0.7 em wide, a space 0.3 em. */
const measure: MeasureText = (text, size) => (text === ' ' ? 0.3 * size : text.length * 0.7 * size)
const STAGE = { width: 198, lines: 2, fontSize: 19, minFontSize: 13 }

describe('fitTitle', () => {
  it('keeps the full size when the title fits its lines', () => {
    expect(fitTitle('Осознание', STAGE, measure)).toEqual({ fontSize: 19, mustBreakWords: false })
  })

  it('shrinks a title that needs more lines than it has', () => {
    const fit = fitTitle('Принятие решения и оформление заказа', STAGE, measure)
    expect(fit.fontSize).toBeLessThan(19)
    expect(fit.fontSize).toBeGreaterThanOrEqual(13)
    expect(fit.mustBreakWords).toBe(false)
  })

  it('shrinks a lane title whose longest word does not fit the column, rather than cut the word', () => {
    const lane = { width: 154, lines: 3, fontSize: 18, minFontSize: 12 }
    const fit = fitTitle('Каналы коммуникаций глазами клиента', lane, measure)
    expect(fit.fontSize).toBeLessThan(18)
    expect(measure('коммуникаций', fit.fontSize)).toBeLessThanOrEqual(154)
    expect(fit.mustBreakWords).toBe(false)
  })

  it('lets a word break only when it is too long even at the smallest size', () => {
    const fit = fitTitle('Человеконенавистничество', { width: 100, lines: 2, fontSize: 18, minFontSize: 12 }, measure)
    expect(fit).toEqual({ fontSize: 12, mustBreakWords: true })
  })
})

describe('measureTitleText', () => {
  it('measures longer text as wider, at a larger size as wider', () => {
    expect(measureTitleText('коммуникаций', 18)).toBeGreaterThan(measureTitleText('канал', 18))
    expect(measureTitleText('канал', 18)).toBeGreaterThan(measureTitleText('канал', 12))
  })
})
