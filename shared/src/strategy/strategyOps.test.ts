import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocNames } from '../docNames.ts'
import { MATURITY_SIGNS } from './maturity.ts'
import { stakeholderValidator } from './stakeholder.ts'
import { personaValidator } from './persona.ts'
import {
  addPersona,
  addStakeholder,
  removePersona,
  removeStakeholder,
  seedStakeholderTemplate,
  setMaturitySign,
  updatePersona,
  updateStakeholder,
} from './strategyOps.ts'
import { ensureStrategy, findStrategySection, getStrategyText, readStrategyDoc, StrategyKeys } from './strategyDoc.ts'

function syncDocs(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

describe('strategy ops', () => {
  it('ensureStrategy creates the four sections once', () => {
    const doc = new Y.Doc()
    ensureStrategy(doc)
    const root = doc.getMap(DocNames.strategy)
    expect([...root.keys()].sort()).toEqual(Object.values(StrategyKeys).sort())
    const before = Y.encodeStateVector(doc)
    ensureStrategy(doc)
    expect(Y.encodeStateVector(doc)).toEqual(before)
  })

  it('adds, updates and removes stakeholders with valid fields and in order', () => {
    const doc = new Y.Doc()
    const a = addStakeholder(doc, { group: 'clients', name: 'Clients', priority: 9 })
    const b = addStakeholder(doc, { group: 'shareholders', name: 'Owners', conflictsWith: [a] })
    expect(updateStakeholder(doc, a, { wants: 'Speed', conflictsWith: [b, b, a] })).toBe(true)
    const { stakeholders } = readStrategyDoc(doc)
    expect(stakeholders.map((s) => s.name)).toEqual(['Clients', 'Owners'])
    expect(stakeholders[0]).toMatchObject({ priority: 5, wants: 'Speed', conflictsWith: [b], order: 0 })
    for (const stakeholder of stakeholders) expect(() => stakeholderValidator.validate(stakeholder)).not.toThrow()
    expect(removeStakeholder(doc, a)).toBe(true)
    expect(readStrategyDoc(doc).stakeholders).toMatchObject([{ id: b, conflictsWith: [], order: 1 }])
    expect(updateStakeholder(doc, a, { name: 'x' })).toBe(false)
  })

  it('merges concurrent edits of different fields of one persona', () => {
    const left = new Y.Doc()
    const right = new Y.Doc()
    ensureStrategy(left)
    const id = addPersona(left, { name: 'Anna', color: 'not a colour', avatarAssetId: 'http://x' })
    syncDocs(left, right)
    updatePersona(left, id, { goals: 'Buy fast' })
    updatePersona(right, id, { segment: 'B2C' })
    syncDocs(left, right)
    const [persona] = readStrategyDoc(right).personas
    expect(persona).toMatchObject({ name: 'Anna', goals: 'Buy fast', segment: 'B2C', avatarAssetId: '' })
    expect(() => personaValidator.validate(persona)).not.toThrow()
    expect(readStrategyDoc(left)).toEqual(readStrategyDoc(right))
  })

  it('removing a persona drops the paths to it', () => {
    const doc = new Y.Doc()
    const target = addPersona(doc, { name: 'Premium' })
    const source = addPersona(doc, { name: 'Basic', movesTo: [target] })
    expect(readStrategyDoc(doc).personas.find((p) => p.id === source)?.movesTo).toEqual([target])
    removePersona(doc, target)
    expect(readStrategyDoc(doc).personas).toMatchObject([{ id: source, movesTo: [] }])
  })

  it('checks maturity signs by known id only', () => {
    const doc = new Y.Doc()
    const [first, second] = MATURITY_SIGNS
    expect(setMaturitySign(doc, second!.id, true)).toBe(true)
    expect(setMaturitySign(doc, first!.id, true)).toBe(true)
    expect(setMaturitySign(doc, 'made-up', true)).toBe(false)
    expect(readStrategyDoc(doc).maturity).toEqual([first!.id, second!.id])
    setMaturitySign(doc, first!.id, false)
    expect(readStrategyDoc(doc).maturity).toEqual([second!.id])
    expect(findStrategySection(doc, 'maturity')?.has('made-up')).toBe(false)
  })

  it('creates a part text once and reads it back', () => {
    const doc = new Y.Doc()
    const text = getStrategyText(doc, 'sustainability')
    text.insert(0, 'Этика и доверие')
    expect(getStrategyText(doc, 'sustainability')).toBe(text)
    expect(readStrategyDoc(doc).texts).toEqual({ sustainability: 'Этика и доверие' })
  })

  it('seeds the five default groups in the board language, once', () => {
    const doc = new Y.Doc()
    expect(seedStakeholderTemplate(doc, 'ru')).toHaveLength(5)
    expect(seedStakeholderTemplate(doc, 'ru')).toEqual([])
    const { stakeholders } = readStrategyDoc(doc)
    expect(stakeholders.map((s) => s.group)).toEqual([
      'shareholders',
      'clients',
      'departments',
      'partners',
      'regulator',
    ])
    expect(stakeholders[0]?.name).toBe('Акционеры')
  })

  it('reads a doc without a strategy as empty, and skips malformed entries', () => {
    const doc = new Y.Doc()
    expect(readStrategyDoc(doc)).toEqual({ stakeholders: [], personas: [], maturity: [], texts: {} })
    ensureStrategy(doc)
    findStrategySection(doc, 'personas')?.set('p1', 42)
    findStrategySection(doc, 'personas')?.set('p2', { name: 'Plain' })
    expect(readStrategyDoc(doc).personas).toMatchObject([{ id: 'p2', name: 'Plain' }])
  })
})
