import { getStrategyTexts, readStrategy, STRATEGY_PARTS, type Locale, type StrategyDoc } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import {
  FIXTURE_DEPARTMENTS,
  buildFixtureJourney,
  buildFixtureRoadmap,
  buildFixtureStrategy,
} from '../../../shared/src/strategy/strategyFixture.ts'
import { readDocxHeadings, readDocxParagraphs, readZipEntry } from '../../test/zipEntry.ts'
import { buildStrategyDocx } from './strategyDocx.ts'

async function buildFixtureDocx(locale: Locale, strategy: StrategyDoc = buildFixtureStrategy()): Promise<Uint8Array> {
  const report = readStrategy({
    journey: buildFixtureJourney(),
    roadmap: buildFixtureRoadmap(),
    departments: FIXTURE_DEPARTMENTS,
    strategy,
    locale,
  })
  return buildStrategyDocx({
    report,
    strategy,
    title: 'Интернет-магазин',
    locale,
    date: new Date('2026-12-06T12:00:00Z'),
  })
}

describe('buildStrategyDocx', () => {
  it('writes every part of a filled board: tables of stakeholders, personas, metrics, engagement, money, waves', async () => {
    const strategy = { ...buildFixtureStrategy(), maturity: ['reactive-barriers', 'reactive-complaints'] }
    const docx = await buildFixtureDocx('ru', strategy)
    const texts = getStrategyTexts('ru')
    expect(readDocxHeadings(docx)).toEqual(STRATEGY_PARTS.map((part, index) => `${index + 1}. ${texts.parts[part]}`))
    const paragraphs = readDocxParagraphs(docx)
    // Title page: the board, the date in Russian, the maturity stage, and the ten parts with their completeness.
    expect(paragraphs.slice(0, 5)).toEqual([
      'CX-стратегия',
      'Интернет-магазин',
      'CX-стратегия для руководства',
      'Дата: 6 декабря 2026 г.',
      `Зрелость CX: Этап: ${texts.stages.reactive.name}`,
    ])
    expect(paragraphs).toContain(`1. ${texts.parts.stakeholders} — Готово`)
    // Cells are paragraphs too: each value the board holds is there, in its part.
    for (const cell of [
      'Клиенты',
      'Без очередей',
      'Экономия времени',
      'Клиенты важнее всего',
      'Купить быстро',
      'Быстро · Этап 2',
      'Электронная очередь',
      'Доставка',
      'Сервис',
      '+5',
    ]) {
      expect(
        paragraphs.some((paragraph) => paragraph.includes(cell)),
        cell,
      ).toBe(true)
    }
    expect(paragraphs).toContain('Волна 1')
    // What a part misses is said in words, with where to add it.
    expect(paragraphs).toContain(`${texts.missing['sustainability.text']} (написать на странице стратегии)`)
    expect(readZipEntry(docx, 'word/styles.xml').toString('utf8')).toContain('w:val="ru-RU"')
  })

  it('writes an English document for an English reader, and an empty board still has its ten parts', async () => {
    const empty: StrategyDoc = { stakeholders: [], personas: [], maturity: [], texts: {} }
    const report = readStrategy({
      journey: { version: 1, grids: [], freeCards: [], departments: [] },
      roadmap: { initiatives: [], triggers: [], stimuli: [] },
      departments: [],
      strategy: empty,
      locale: 'en',
    })
    const docx = await buildStrategyDocx({ report, strategy: empty, title: '', locale: 'en', date: new Date(0) })
    const texts = getStrategyTexts('en')
    expect(readDocxHeadings(docx)).toEqual(STRATEGY_PARTS.map((part, index) => `${index + 1}. ${texts.parts[part]}`))
    const paragraphs = readDocxParagraphs(docx)
    expect(paragraphs.filter((paragraph) => paragraph === 'Completeness: Missing')).toHaveLength(10)
    expect(paragraphs).toContain('CX maturity: No stage reached yet')
  })
})
