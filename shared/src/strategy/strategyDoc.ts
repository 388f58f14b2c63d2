import * as Y from 'yjs'
import { DocNames } from '../docNames.ts'
import { compareStrings } from '../journey/departmentDoc.ts'
import { readEntityFields } from '../roadmap/roadmapDoc.ts'
import { isMaturitySignId, MATURITY_SIGNS } from './maturity.ts'
import { STRATEGY_PARTS, type StrategyPartId } from './parts.ts'
import { parsePersona, type Persona } from './persona.ts'
import { parseStakeholder, type Stakeholder } from './stakeholder.ts'

/** Keys of the strategy's top-level map (`DocNames.strategy`). */
export const StrategyKeys = {
  /** Stakeholder id → `Y.Map` of its fields ({@link Stakeholder} without `id`). */
  stakeholders: 'stakeholders',
  /** Persona id → `Y.Map` of its fields ({@link Persona} without `id`). */
  personas: 'personas',
  /** Maturity sign id → boolean: the self-assessment's checked signs. */
  maturity: 'maturity',
  /** Strategy part id → `Y.Text`: the part's collaborative prose. */
  texts: 'texts',
} as const

/** One section of the strategy map. */
export type StrategySection = keyof typeof StrategyKeys

/** The board's strategy as read from its doc. */
export interface StrategyDoc {
  /** By order, then id. */
  stakeholders: Stakeholder[]
  /** By order, then id. */
  personas: Persona[]
  /** Checked maturity sign ids, in MATURITY_SIGNS order. */
  maturity: string[]
  /** Each part's prose, when the part has a text. */
  texts: Partial<Record<StrategyPartId, string>>
}

/** The doc's strategy map (`DocNames.strategy`). */
export function getStrategyMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(DocNames.strategy)
}

/** A section of the strategy, or null when it is missing or not a `Y.Map`. Reading never creates anything. */
export function findStrategySection(doc: Y.Doc, section: StrategySection): Y.Map<unknown> | null {
  const value = getStrategyMap(doc).get(StrategyKeys[section])
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null
}

/**
 * Creates the four sections that are missing. Two peers creating a section concurrently keep only one peer's section,
 * so a board gets them with its seed, before anyone edits (clients create them lazily for older boards).
 */
export function ensureStrategy(doc: Y.Doc, origin?: unknown): void {
  const root = getStrategyMap(doc)
  const missing = Object.values(StrategyKeys).filter((key) => !(root.get(key) instanceof Y.Map))
  if (missing.length === 0) return
  doc.transact(() => {
    for (const key of missing) root.set(key, new Y.Map<unknown>())
  }, origin)
}

/** A section of the strategy, created first when missing (inside the caller's transaction). */
export function getStrategySection(doc: Y.Doc, section: StrategySection): Y.Map<unknown> {
  const found = findStrategySection(doc, section)
  if (found) return found
  const created = new Y.Map<unknown>()
  getStrategyMap(doc).set(StrategyKeys[section], created)
  return created
}

/** The part's collaborative text, created (in a transaction with `origin`) when missing. */
export function getStrategyText(doc: Y.Doc, partId: StrategyPartId, origin?: unknown): Y.Text {
  const found = findStrategySection(doc, 'texts')?.get(partId)
  if (found instanceof Y.Text) return found
  let text = new Y.Text()
  doc.transact(() => {
    const texts = getStrategySection(doc, 'texts')
    const current = texts.get(partId)
    if (current instanceof Y.Text) text = current
    else texts.set(partId, text)
  }, origin)
  return text
}

/** The strategy of a doc; malformed entities are skipped, bad fields get defaults, dangling references dropped. */
export function readStrategyDoc(doc: Y.Doc): StrategyDoc {
  const stakeholders = readEntities(doc, 'stakeholders', parseStakeholder)
  const personas = readEntities(doc, 'personas', parsePersona)
  const stakeholderIds = new Set(stakeholders.map((stakeholder) => stakeholder.id))
  for (const stakeholder of stakeholders) {
    stakeholder.conflictsWith = stakeholder.conflictsWith.filter((id) => stakeholderIds.has(id))
  }
  const personaIds = new Set(personas.map((persona) => persona.id))
  for (const persona of personas) persona.movesTo = persona.movesTo.filter((id) => personaIds.has(id))
  return { stakeholders, personas, maturity: readMaturity(doc), texts: readTexts(doc) }
}

function readEntities<T extends { id: string; order: number }>(
  doc: Y.Doc,
  section: 'stakeholders' | 'personas',
  parse: (id: string, value: unknown) => T | null,
): T[] {
  const out: T[] = []
  for (const [id, value] of findStrategySection(doc, section) ?? []) {
    const entity = parse(id, readEntityFields(value))
    if (entity) out.push(entity)
  }
  return out.sort((a, b) => a.order - b.order || compareStrings(a.id, b.id))
}

function readMaturity(doc: Y.Doc): string[] {
  const section = findStrategySection(doc, 'maturity')
  if (!section) return []
  const checked: string[] = []
  for (const [id, value] of section) if (value === true && isMaturitySignId(id)) checked.push(id)
  const order = (id: string) => MATURITY_SIGNS.findIndex((sign) => sign.id === id)
  return checked.sort((a, b) => order(a) - order(b))
}

function readTexts(doc: Y.Doc): Partial<Record<StrategyPartId, string>> {
  const texts: Partial<Record<StrategyPartId, string>> = {}
  const section = findStrategySection(doc, 'texts')
  if (!section) return texts
  for (const part of STRATEGY_PARTS) {
    const value = section.get(part)
    if (value instanceof Y.Text) texts[part] = value.toString()
  }
  return texts
}
