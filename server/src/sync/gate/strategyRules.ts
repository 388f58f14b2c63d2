import {
  isJsonEqual,
  isMaturitySignId,
  isPlainObject,
  isStrategyPartId,
  MAX_STRATEGY_ENTITIES,
  MAX_STRATEGY_TEXT_LENGTH,
  parsePersona,
  parseStakeholder,
  personaFieldValidators,
  stakeholderFieldValidators,
  StrategyKeys,
} from '@cxmap/shared'
import * as Y from 'yjs'
import { requireJson } from './jsonLimits.ts'
import type { LocatedItem, UpdateChanges } from './readUpdate.ts'
import { require } from './refusal.ts'

const SECTIONS = new Set<string>(Object.values(StrategyKeys))
type EntitySection = typeof StrategyKeys.stakeholders | typeof StrategyKeys.personas

const ENTITY_RULES: Record<EntitySection, { parse: (id: string, value: unknown) => unknown; fields: object }> = {
  [StrategyKeys.stakeholders]: { parse: parseStakeholder, fields: stakeholderFieldValidators },
  [StrategyKeys.personas]: { parse: parsePersona, fields: personaFieldValidators },
}

interface TouchedEntity {
  section: EntitySection
  id: string
  owner: Y.Item
  written: Map<string, unknown>
  removed: Set<string>
}

/**
 * Checks an update's writes to the board doc's strategy map: the four sections are maps; stakeholders and personas
 * are maps of fields that read back (shared parsers) exactly as written and pass their field validators; maturity
 * holds `true`/`false` under known sign ids; texts holds only `Y.Text`s of plain strings under known part ids, each
 * within {@link MAX_STRATEGY_TEXT_LENGTH}.
 */
export function checkStrategy(changes: UpdateChanges, root: string): void {
  const touched = new Map<Y.Item, TouchedEntity>()
  const textGrowth = new Map<Y.Item, number>()
  const newEntities = new Map<string, number>()
  for (const located of changes.inserts) {
    if (located.at.root !== root || located.item.content instanceof Y.ContentDeleted) continue
    const section = located.at.keys[0]
    require(typeof section === 'string' && SECTIONS.has(section), 'the strategy has an unknown section')
    if (located.at.keys.length === 1) require(isType(located.item, Y.Map), `strategy.${section} is not a map`)
    else if (section === StrategyKeys.maturity) checkMaturity(located, changes)
    else if (section === StrategyKeys.texts) checkText(located, textGrowth)
    else checkEntityWrite(located, section as EntitySection, touched, newEntities, changes)
  }
  for (const { at } of changes.deletes) {
    if (at.root !== root) continue
    require(at.keys.length > 1, 'a strategy section cannot be deleted')
    const [section, id, field] = at.keys
    if (section !== StrategyKeys.stakeholders && section !== StrategyKeys.personas) continue
    if (at.keys.length === 3 && typeof field === 'string') {
      touch(touched, at.owners[1]!, section, id!).removed.add(field)
    }
  }
  for (const entity of touched.values()) checkEntity(entity, changes)
  for (const [owner, growth] of textGrowth) checkTextLength(owner, growth, changes)
  requireEntityRoom(newEntities, changes, root)
}

function checkEntityWrite(
  { item, at }: LocatedItem,
  section: EntitySection,
  touched: Map<Y.Item, TouchedEntity>,
  newEntities: Map<string, number>,
  changes: UpdateChanges,
): void {
  const [, id, field] = at.keys
  require(at.keys.length <= 3 && typeof at.keys[at.keys.length - 1] === 'string', 'the strategy holds a list')
  if (at.keys.length === 2) {
    require(isType(item, Y.Map), `strategy ${id} is not a map`)
    touch(touched, item, section, id!)
    newEntities.set(section, (newEntities.get(section) ?? 0) + 1)
    return
  }
  require(item.content instanceof Y.ContentAny, `strategy ${id}.${field} is not JSON`)
  const values = changes.liveValues(item)
  if (values.length > 0) touch(touched, at.owners[1]!, section, id!).written.set(field!, values[values.length - 1])
}

function checkMaturity({ item, at }: LocatedItem, changes: UpdateChanges): void {
  const signId = at.keys[1]
  require(at.keys.length === 2 && isMaturitySignId(signId), 'the maturity has an unknown sign')
  require(item.content instanceof Y.ContentAny, `maturity ${signId} is not JSON`)
  for (const value of changes.liveValues(item)) require(typeof value === 'boolean', `maturity ${signId} is invalid`)
}

function checkText({ item, at }: LocatedItem, textGrowth: Map<Y.Item, number>): void {
  const partId = at.keys[1]
  require(isStrategyPartId(partId), 'the strategy has a text of an unknown part')
  if (at.keys.length === 2) {
    require(isType(item, Y.Text), `strategy text ${partId} is not a text`)
    return
  }
  require(at.keys.length === 3 && at.keys[2] === null, `strategy text ${partId} holds a map`)
  require(item.content instanceof Y.ContentString, `strategy text ${partId} holds more than text`)
  const owner = at.owners[1]!
  textGrowth.set(owner, (textGrowth.get(owner) ?? 0) + item.length)
}

function checkTextLength(owner: Y.Item, growth: number, changes: UpdateChanges): void {
  const current = changes.isNew(owner) ? 0 : ((owner.content as Y.ContentType).type as Y.Text).length
  require(current + growth <= MAX_STRATEGY_TEXT_LENGTH, 'a strategy text is too long')
}

function checkEntity({ section, id, owner, written, removed }: TouchedEntity, changes: UpdateChanges): void {
  if (changes.isDeletedByUpdate(owner.id)) return
  const current = changes.isNew(owner) ? {} : ((owner.content as Y.ContentType).type as Y.Map<unknown>).toJSON()
  const fields: Record<string, unknown> = { ...current }
  for (const field of removed) delete fields[field]
  for (const [field, value] of written) {
    requireJson(value, `strategy ${id}.${field}`)
    fields[field] = value
  }
  const rules = ENTITY_RULES[section]
  const parsed: unknown = rules.parse(id, fields)
  require(isPlainObject(parsed), `strategy ${id} is invalid`)
  const validators = rules.fields as Record<string, { isValid(value: unknown): boolean } | undefined>
  for (const [field, value] of written) {
    const valid = validators[field]?.isValid(value) === true && isJsonEqual(parsed[field], value)
    require(valid, `strategy ${id}.${field} is invalid`)
  }
}

function requireEntityRoom(newEntities: Map<string, number>, changes: UpdateChanges, root: string): void {
  for (const [section, added] of newEntities) {
    const owner = [...changes.inserts, ...changes.deletes].find((c) => c.at.root === root && c.at.keys[0] === section)
    const sectionItem = owner?.at.owners[0]
    const existing =
      sectionItem && !changes.isNew(sectionItem)
        ? ((sectionItem.content as Y.ContentType).type as Y.Map<unknown>).size
        : 0
    require(existing + added <= MAX_STRATEGY_ENTITIES, `the strategy has too many ${section}`)
  }
}

function touch(touched: Map<Y.Item, TouchedEntity>, owner: Y.Item, section: EntitySection, id: string) {
  let entity = touched.get(owner)
  if (!entity) touched.set(owner, (entity = { section, id, owner, written: new Map(), removed: new Set() }))
  return entity
}

function isType(item: Y.Item, type: typeof Y.Map | typeof Y.Text): boolean {
  return item.content instanceof Y.ContentType && item.content.type instanceof type
}
