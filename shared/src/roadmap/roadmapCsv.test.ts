import { describe, expect, it } from 'vitest'
import { buildInitiative } from './initiative.ts'
import {
  formatHorizon,
  formatMetricEffect,
  formatRoadmapCsv,
  ROADMAP_CSV_COLUMNS,
  ROADMAP_CSV_LABELS,
} from './roadmapCsv.ts'
import type { Roadmap } from './roadmapDoc.ts'
import { fixtureCard, fixtureJourney } from './roadmapFixture.ts'

const source = (cardId: string, stageId: string, laneId: string) => ({
  cardId,
  gridId: 'grid',
  stageId,
  laneId,
  kind: 'barrier' as const,
})

const roadmap: Roadmap = {
  initiatives: [
    buildInitiative({
      id: 'a',
      title: 'Убрать очередь, "срочно"',
      description: 'Строка 1\nСтрока 2',
      necessity: 'absolutely-necessary',
      ownerDepartmentId: 'sales',
      horizon: { kind: 'quarter', year: 2026, quarter: 3 },
      status: 'planned',
      metrics: [
        { id: 'm1', metric: 'NPS', label: '', effect: 5 },
        { id: 'm2', metric: 'CES', label: '', effect: -0.5 },
        { id: 'm3', metric: 'custom', label: 'Конверсия', effect: 2, unit: '%' },
      ],
      sources: [source('c1', 's1', 'l1'), source('gone', 's2', 'l1')],
      stakeholderIds: ['s1', 'gone'],
    }),
    buildInitiative({
      id: 'b',
      wave: 2,
      title: '=HYPERLINK("x")',
      ownerDepartmentId: 'unknown',
      horizon: { kind: 'date', date: '2027-01-31' },
      dependsOn: ['a'],
      parallelWith: ['a', 'c'],
    }),
  ],
  triggers: [],
  stimuli: [],
}

describe('formatRoadmapCsv', () => {
  it('writes one quoted RFC 4180 row per initiative, naming owners, titles, metrics and resolved sources', () => {
    const journey = fixtureJourney({ 's1/l1': [fixtureCard('c1', 'barrier', 'Очередь в кассу')] })
    const stakeholderNames = new Map([['s1', 'Клиенты']])
    const lines = formatRoadmapCsv(roadmap, journey, { stakeholderNames }).split('\r\n')
    expect(lines[0]).toBe(ROADMAP_CSV_COLUMNS.join(','))
    expect(lines[1]).toBe(
      '1,absolutely-necessary,"Убрать очередь, ""срочно""","Строка 1\nСтрока 2",Продажи,2026 Q3,planned,,,' +
        'NPS +5; CES \u22120.5; Конверсия +2 %,Поиск / Барьеры: Очередь в кассу; (removed) Покупка / Барьеры,' +
        'Клиенты; gone',
    )
    expect(lines[2]).toBe(
      `2,desirable,"'=HYPERLINK(""x"")",,unknown,2027-01-31,idea,"Убрать очередь, ""срочно""",` +
        `"Убрать очередь, ""срочно""; c",,,`,
    )
    expect(lines[3]).toBe('')
    expect(lines).toHaveLength(4)
  })

  it('shows source kinds and ids without a journey, and keeps raw text when formula escaping is off', () => {
    const csv = formatRoadmapCsv(roadmap, undefined, { escapeFormulas: false })
    expect(csv).toContain(',sales,2026 Q3,')
    expect(csv).toContain('barrier c1; barrier gone,s1; gone\r\n')
    expect(csv).toContain('2,desirable,"=HYPERLINK(""x"")"')
  })

  it('on a Russian board: Russian headers, necessity and status names, `;`, decimal commas and Russian dates', () => {
    const journey = fixtureJourney({ 's1/l1': [fixtureCard('c1', 'barrier', 'Очередь в кассу')] })
    const lines = formatRoadmapCsv(roadmap, journey, { locale: 'ru' }).split('\r\n')
    expect(lines[0]).toBe(
      'Волна;Необходимость;Инициатива;Описание;Ответственный;Горизонт;Статус;Зависит от;Параллельно с;Метрики;' +
        'Карточки с карты;Стейкхолдеры',
    )
    expect(lines[1]).toBe(
      '1;абсолютно необходимо;"Убрать очередь, ""срочно""";"Строка 1\nСтрока 2";Продажи;3 кв. 2026;запланировано;;;' +
        '"NPS +5; CES \u22120,5; Конверсия +2 %";"Поиск / Барьеры: Очередь в кассу; (удалена) Покупка / Барьеры";"s1; gone"',
    )
    expect(lines[2]).toBe(
      `2;желательно;"'=HYPERLINK(""x"")";;unknown;31.01.2027;идея;"Убрать очередь, ""срочно""";` +
        `"Убрать очередь, ""срочно""; c";;;`,
    )
    expect(formatRoadmapCsv({ initiatives: [], triggers: [], stimuli: [] }, undefined, { locale: 'ru' })).toBe(
      `${lines[0]}\r\n`,
    )
    expect(Object.values(ROADMAP_CSV_LABELS.ru.necessity)).toContain('абсолютно необходимо')
  })

  it('formats metric effects and horizons in the language asked for', () => {
    const metric = { id: 'm', metric: 'CES' as const, label: '', effect: -0.5 }
    expect(formatMetricEffect(metric)).toBe('CES \u22120.5')
    expect(formatMetricEffect(metric, 'ru')).toBe('CES \u22120,5')
    expect(formatMetricEffect({ ...metric, label: 'Доля', effect: 1.25, unit: '%' }, 'ru')).toBe('Доля +1,25 %')
    expect(formatHorizon({ kind: 'quarter', year: 2026, quarter: 3 }, 'ru')).toBe('3 кв. 2026')
    expect(formatHorizon({ kind: 'date', date: '2026-09-30' }, 'ru')).toBe('30.09.2026')
    expect(formatHorizon(null, 'ru')).toBe('')
  })

  it('is just the header for an empty roadmap', () => {
    expect(formatRoadmapCsv({ initiatives: [], triggers: [], stimuli: [] })).toBe(
      ROADMAP_CSV_COLUMNS.join(',') + '\r\n',
    )
  })
})
