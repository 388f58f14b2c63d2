import { describe, expect, it } from 'vitest'
import {
  AGENDA_MAX_ITEMS,
  AGENDA_TITLE_MAX_LENGTH,
  EMPTY_AGENDA,
  addAgendaItem,
  advanceAgenda,
  findNextAgendaItem,
  moveAgendaItem,
  readCurrentAgendaStep,
  removeAgendaItem,
  renameAgendaItem,
  setAgendaItemMinutes,
  setCurrentAgendaItem,
} from './agendaOps.ts'
import { parseAgenda, type Agenda } from './workshopDoc.ts'

/** An agenda of steps a, b, c (titles A, B, C), none current. */
function abc(): Agenda {
  let agenda = EMPTY_AGENDA
  for (const id of ['a', 'b', 'c']) agenda = addAgendaItem(agenda, id.toUpperCase(), { id })
  return agenda
}

const ids = (agenda: Agenda) => agenda.items.map((item) => item.id)

describe('agenda operations', () => {
  it('adds steps at the end with clean titles and a random id by default', () => {
    const agenda = addAgendaItem(EMPTY_AGENDA, '  Барьеры   клиента ', { minutes: 15 })
    expect(agenda.items).toEqual([{ id: expect.stringMatching(/^\w{21}$/), title: 'Барьеры клиента', minutes: 15 }])
    expect(agenda.currentId).toBeNull()
    expect(addAgendaItem(agenda, 'x'.repeat(500)).items[1]!.title).toHaveLength(AGENDA_TITLE_MAX_LENGTH)
    // What the ops produce is what the lenient reader reads back.
    expect(parseAgenda(structuredClone(agenda))).toEqual(agenda)
  })

  it('ignores a blank title, a duplicate id and a full agenda', () => {
    expect(addAgendaItem(EMPTY_AGENDA, '   ')).toBe(EMPTY_AGENDA)
    const agenda = abc()
    expect(addAgendaItem(agenda, 'Again', { id: 'a' })).toBe(agenda)
    let full = EMPTY_AGENDA
    for (let i = 0; i < AGENDA_MAX_ITEMS; i++) full = addAgendaItem(full, `Step ${i}`)
    expect(addAgendaItem(full, 'One too many')).toBe(full)
  })

  it('renames a step, keeping the old title for a blank one', () => {
    const agenda = renameAgendaItem(abc(), 'b', ' Ideas ')
    expect(agenda.items[1]!.title).toBe('Ideas')
    expect(renameAgendaItem(agenda, 'b', '  ')).toBe(agenda)
    expect(renameAgendaItem(agenda, 'zzz', 'Nope')).toBe(agenda)
  })

  it('sets planned minutes as whole positive numbers, clearing them otherwise', () => {
    const agenda = abc()
    expect(setAgendaItemMinutes(agenda, 'a', 12.4).items[0]!.minutes).toBe(12)
    expect(setAgendaItemMinutes(agenda, 'a', 0).items[0]!.minutes).toBeNull()
    expect(setAgendaItemMinutes(agenda, 'a', -3).items[0]!.minutes).toBeNull()
    expect(setAgendaItemMinutes(agenda, 'a', Number.NaN).items[0]!.minutes).toBeNull()
    expect(setAgendaItemMinutes(agenda, 'a', 10_000).items[0]!.minutes).toBe(600)
    expect(setAgendaItemMinutes(setAgendaItemMinutes(agenda, 'a', 5), 'a', null).items[0]!.minutes).toBeNull()
  })

  it('removes a step, and the current mark with it', () => {
    const agenda = setCurrentAgendaItem(abc(), 'b')
    expect(ids(removeAgendaItem(agenda, 'a'))).toEqual(['b', 'c'])
    expect(removeAgendaItem(agenda, 'a').currentId).toBe('b')
    expect(removeAgendaItem(agenda, 'b')).toEqual({ items: [agenda.items[0], agenda.items[2]], currentId: null })
    expect(removeAgendaItem(agenda, 'zzz')).toBe(agenda)
  })

  it('moves steps up and down, staying put at the ends', () => {
    const agenda = abc()
    expect(ids(moveAgendaItem(agenda, 'b', -1))).toEqual(['b', 'a', 'c'])
    expect(ids(moveAgendaItem(agenda, 'b', 1))).toEqual(['a', 'c', 'b'])
    expect(moveAgendaItem(agenda, 'a', -1)).toBe(agenda)
    expect(moveAgendaItem(agenda, 'c', 1)).toBe(agenda)
    expect(moveAgendaItem(agenda, 'zzz', 1)).toBe(agenda)
  })

  it('marks the current step, and clears it', () => {
    const agenda = setCurrentAgendaItem(abc(), 'c')
    expect(agenda.currentId).toBe('c')
    expect(setCurrentAgendaItem(agenda, 'zzz')).toBe(agenda)
    expect(setCurrentAgendaItem(agenda, null).currentId).toBeNull()
  })

  it('steps forward from none to the first, then on, and stays at the last', () => {
    let agenda = abc()
    expect(findNextAgendaItem(agenda)?.id).toBe('a')
    agenda = advanceAgenda(agenda)
    expect(agenda.currentId).toBe('a')
    agenda = advanceAgenda(advanceAgenda(agenda))
    expect(agenda.currentId).toBe('c')
    expect(findNextAgendaItem(agenda)).toBeNull()
    expect(advanceAgenda(agenda)).toBe(agenda)
    expect(advanceAgenda(EMPTY_AGENDA)).toBe(EMPTY_AGENDA)
  })

  it('tells the current step with its number and the step count', () => {
    expect(readCurrentAgendaStep(abc())).toBeNull()
    const step = readCurrentAgendaStep(setCurrentAgendaItem(abc(), 'b'))
    expect(step).toEqual({ item: { id: 'b', title: 'B', minutes: null }, number: 2, total: 3 })
  })
})
