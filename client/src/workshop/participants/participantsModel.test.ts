import { describe, expect, it } from 'vitest'
import type { Person } from '../../sync/presence'
import {
  ActivityLog,
  countDepartments,
  IDLE_AFTER_MS,
  idleMinutes,
  isIdleAt,
  lastActivityAt,
  summarizePeople,
  type ClientEntry,
} from './participantsModel'

const NOW = 1_800_000_000_000

function person(id: string, name: string, department = ''): Person {
  return { id, name, color: '#1971c2', department, role: 'editor' }
}

function client(clientId: number, who: Person, reportedActivityAt?: unknown): ClientEntry {
  return { clientId, person: who, reportedActivityAt }
}

describe('idle / active', () => {
  it('is active for exactly IDLE_AFTER_MS after the last activity', () => {
    expect(isIdleAt(NOW, NOW)).toBe(false)
    expect(isIdleAt(NOW - IDLE_AFTER_MS + 1, NOW)).toBe(false)
    expect(isIdleAt(NOW - IDLE_AFTER_MS, NOW)).toBe(true)
    expect(isIdleAt(null, NOW)).toBe(true)
  })

  it('takes the later of the observed change and the reported pointer activity', () => {
    expect(lastActivityAt(NOW - 5_000, NOW - 1_000, NOW)).toBe(NOW - 1_000)
    expect(lastActivityAt(NOW - 1_000, NOW - 90_000, NOW)).toBe(NOW - 1_000)
    expect(lastActivityAt(undefined, NOW - 2_000, NOW)).toBe(NOW - 2_000)
    expect(lastActivityAt(NOW - 3_000, undefined, NOW)).toBe(NOW - 3_000)
    expect(lastActivityAt(undefined, undefined, NOW)).toBeNull()
  })

  it('ignores a reported timestamp that is not a time, and caps one from a fast clock at now', () => {
    expect(lastActivityAt(undefined, 0, NOW)).toBeNull()
    expect(lastActivityAt(undefined, 'soon', NOW)).toBeNull()
    expect(lastActivityAt(undefined, Number.NaN, NOW)).toBeNull()
    expect(lastActivityAt(undefined, NOW + 3_600_000, NOW)).toBe(NOW)
    // Capped at "now", a fast clock cannot keep someone active once time moves on.
    expect(isIdleAt(lastActivityAt(undefined, NOW + 3_600_000, NOW), NOW + IDLE_AFTER_MS)).toBe(true)
  })

  it('an awareness change observed here counts, a silent client goes idle', () => {
    const log = new ActivityLog()
    log.recordChange(7, NOW - 10_000)
    const anna = person('a', 'Анна')
    const boris = person('b', 'Борис')
    const [annaStatus, borisStatus] = summarizePeople(
      [client(7, anna), client(8, boris, NOW - IDLE_AFTER_MS - 1)],
      undefined,
      log,
      NOW,
    )
    expect(annaStatus).toMatchObject({ id: 'a', isActive: true, lastActiveAt: NOW - 10_000 })
    expect(borisStatus).toMatchObject({ id: 'b', isActive: false, lastActiveAt: NOW - IDLE_AFTER_MS - 1 })
    log.forget(7)
    expect(summarizePeople([client(7, anna)], undefined, log, NOW)[0]).toMatchObject({ isActive: false })
  })

  it('counts several tabs of one person once, active if any tab is', () => {
    const log = new ActivityLog()
    log.recordChange(2, NOW - 1_000)
    const anna = person('a', 'Анна', 'Продажи')
    const people = summarizePeople([client(1, anna, NOW - 600_000), client(2, anna)], undefined, log, NOW)
    expect(people).toHaveLength(1)
    expect(people[0]).toMatchObject({ isActive: true, lastActiveAt: NOW - 1_000 })
  })

  it('lists self first (always active), then by name', () => {
    const log = new ActivityLog()
    const people = summarizePeople(
      [client(1, person('c', 'Вера')), client(2, person('me', 'Яна')), client(3, person('b', 'Анна'))],
      { id: 'me', role: 'editor' },
      log,
      NOW,
    )
    expect(people.map((entry) => [entry.name, entry.isSelf, entry.isActive])).toEqual([
      ['Яна', true, true],
      ['Анна', false, false],
      ['Вера', false, false],
    ])
  })

  it('lists a viewer announcing the facilitator’s person id apart, as a viewer, and not as the facilitator’s self', () => {
    const log = new ActivityLog()
    const facilitator: Person = { ...person('f', 'Ольга'), role: 'facilitator' }
    // The role is the server's stamp; the id and name are whatever the viewer's page announced.
    const spoof: Person = { ...person('f', 'Ольга (фасилитатор)'), role: 'viewer' }
    const self = { id: 'f', role: 'facilitator' as const }
    const people = summarizePeople([client(1, spoof), client(2, facilitator)], self, log, NOW)
    expect(people.map((entry) => [entry.name, entry.role, entry.isSelf])).toEqual([
      ['Ольга', 'facilitator', true],
      ['Ольга (фасилитатор)', 'viewer', false],
    ])
  })

  it('says how long someone has been idle in whole minutes, at least one', () => {
    expect(idleMinutes(NOW - 61_000, NOW)).toBe(1)
    expect(idleMinutes(NOW - 10 * 60_000 - 59_000, NOW)).toBe(10)
    expect(idleMinutes(null, NOW)).toBeNull()
  })
})

describe('countDepartments', () => {
  it('counts per department, most first, "no department" last', () => {
    const counts = countDepartments([
      { department: 'ИТ' },
      { department: 'Продажи' },
      { department: '' },
      { department: 'Продажи' },
      { department: 'ИТ' },
      { department: 'Продажи' },
    ])
    expect(counts).toEqual([
      { department: 'Продажи', count: 3 },
      { department: 'ИТ', count: 2 },
      { department: '', count: 1 },
    ])
  })

  it('groups spellings that differ in case or spaces and orders ties by name', () => {
    expect(countDepartments([{ department: 'Sales ' }, { department: 'sales' }, { department: 'IT' }])).toEqual([
      { department: 'Sales', count: 2 },
      { department: 'IT', count: 1 },
    ])
    expect(countDepartments([{ department: 'Sales' }, { department: 'IT' }, { department: '  ' }])).toEqual([
      { department: 'IT', count: 1 },
      { department: 'Sales', count: 1 },
      { department: '', count: 1 },
    ])
    expect(countDepartments([])).toEqual([])
  })
})
