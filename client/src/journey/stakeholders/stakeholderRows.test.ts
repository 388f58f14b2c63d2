import { buildStakeholder } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import {
  listConflictCandidates,
  listConflictPartners,
  listMissingTemplateGroups,
  nameStakeholders,
  toggleId,
} from './stakeholderRows'

const owners = buildStakeholder({ id: 'a', group: 'shareholders', name: 'Акционеры', conflictsWith: ['b'] })
const clients = buildStakeholder({ id: 'b', group: 'clients', name: 'Клиенты' })
const sales = buildStakeholder({ id: 'c', group: 'departments', name: '', conflictsWith: ['b'] })
const all = [owners, clients, sales]

describe('the stakeholder matrix rows', () => {
  it('offers as conflicts only the other stakeholders not named yet', () => {
    expect(listConflictCandidates(all, owners).map((s) => s.id)).toEqual(['c'])
    expect(listConflictCandidates(all, clients).map((s) => s.id)).toEqual(['a', 'c'])
  })

  it('shows a conflict from both rows, removable only where it was named', () => {
    expect(listConflictPartners(all, owners).map((p) => [p.stakeholder.id, p.isOwn])).toEqual([['b', true]])
    expect(listConflictPartners(all, clients).map((p) => [p.stakeholder.id, p.isOwn])).toEqual([
      ['a', false],
      ['c', false],
    ])
  })

  it('skips removed stakeholders and names blank ones', () => {
    const byId = new Map(all.map((s) => [s.id, s]))
    expect(nameStakeholders(['c', 'gone', 'a'], byId, 'Без названия')).toEqual(['Без названия', 'Акционеры'])
    expect(listConflictPartners([owners], owners)).toEqual([])
  })

  it('knows which groups of the template are still missing', () => {
    expect(listMissingTemplateGroups(all)).toEqual(['partners', 'regulator'])
    expect(listMissingTemplateGroups([])).toEqual(['shareholders', 'clients', 'departments', 'partners', 'regulator'])
  })

  it('toggles an id in a list', () => {
    expect(toggleId(['a'], 'b')).toEqual(['a', 'b'])
    expect(toggleId(['a', 'b'], 'a')).toEqual(['b'])
  })
})
