import { describe, expect, it } from 'vitest'
import { formatPersonasCsv, formatStakeholdersCsv } from './strategyCsv.ts'
import { buildFixtureJourney, buildFixtureStrategy } from './strategyFixture.ts'

const journey = buildFixtureJourney()
const strategy = buildFixtureStrategy()

describe('the strategy CSVs', () => {
  it('writes personas with the segments they move to and the journeys drawn for them', () => {
    const csv = formatPersonasCsv(strategy, journey)
    expect(csv).toBe(
      'name,segment,goals,preferences,constraints,value,moves_to,journeys\r\n' +
        'Анна,,Купить быстро,,,,Борис,Базовый CJM\r\n' +
        'Борис,,,,,,,\r\n',
    )
  })

  it('writes the stakeholder matrix in Russian with `;`, Russian group names and escaped formulas', () => {
    const risky = { ...strategy, stakeholders: [{ ...strategy.stakeholders[0]!, wants: '=1+1' }] }
    const csv = formatStakeholdersCsv(risky, { locale: 'ru' })
    expect(csv.split('\r\n')[0]).toBe('Группа;Имя;Ожидания;Приоритет;Конфликт с;Конфликты;Что изменится при успехе')
    expect(csv.split('\r\n')[1]).toBe("Клиенты;Клиенты;'=1+1;3;;;Экономия времени")
    expect(formatStakeholdersCsv(strategy).split('\r\n')[1]).toBe('clients,Клиенты,Без очередей,3,,,Экономия времени')
  })
})
