import { T } from '@tldraw/validate'
import { isPlainObject } from '../doc/json.ts'
import { readIdList, readNumberField, readStringField } from './lenientFields.ts'
import { MAX_STRATEGY_FIELD_LENGTH } from './strategyLimits.ts'

/** Groups of the stakeholder matrix «Матрица заинтересованных лиц» (DOMAIN.md), in the template's order. */
export const STAKEHOLDER_GROUPS = ['shareholders', 'clients', 'departments', 'partners', 'regulator', 'custom'] as const
/** One stakeholder group. */
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number]

/** Lowest stakeholder priority. */
export const PRIORITY_MIN = 1
/** Highest stakeholder priority: their wish wins. */
export const PRIORITY_MAX = 5

/** One row of the stakeholder matrix; stored as one `Y.Map` whose keys are these fields (field-level merges). */
export interface Stakeholder {
  id: string
  group: StakeholderGroup
  name: string
  /** What they want from the CX programme. */
  wants: string
  /** Other stakeholders' ids whose wishes conflict with theirs. */
  conflictsWith: string[]
  /** The conflicts, in words. */
  conflicts: string
  /** 1..5; 5 = their wish wins. */
  priority: number
  /** What changes for them if the CX programme succeeds. */
  ifSuccess: string
  /** Sort key (ascending). */
  order: number
}

/** The fields of a stakeholder that a patch may change. */
export type StakeholderFields = Omit<Stakeholder, 'id'>

/** Narrows an unknown value to a stakeholder group. */
export function isStakeholderGroup(value: unknown): value is StakeholderGroup {
  return typeof value === 'string' && (STAKEHOLDER_GROUPS as readonly string[]).includes(value)
}

/** A stakeholder with defaults for every field not given (custom group, priority 3). */
export function buildStakeholder(fields: Partial<Stakeholder> & { id: string }): Stakeholder {
  return {
    group: 'custom',
    name: '',
    wants: '',
    conflictsWith: [],
    conflicts: '',
    priority: 3,
    ifSuccess: '',
    order: 0,
    ...fields,
  }
}

/** A stakeholder read from untrusted fields: null without an id; every other bad field falls back to its default. */
export function parseStakeholder(id: string, value: unknown): Stakeholder | null {
  if (typeof id !== 'string' || id === '' || !isPlainObject(value)) return null
  const d = buildStakeholder({ id })
  const priority = readNumberField(value.priority, d.priority)
  return {
    id,
    group: isStakeholderGroup(value.group) ? value.group : d.group,
    name: readStringField(value.name, d.name),
    wants: readStringField(value.wants, d.wants),
    conflictsWith: readIdList(value.conflictsWith, id),
    conflicts: readStringField(value.conflicts, d.conflicts),
    priority: Math.min(PRIORITY_MAX, Math.max(PRIORITY_MIN, Math.round(priority))),
    ifSuccess: readStringField(value.ifSuccess, d.ifSuccess),
    order: readNumberField(value.order, d.order),
  }
}

const text = T.string.check((value) => {
  if (value.length > MAX_STRATEGY_FIELD_LENGTH) throw new Error(`Longer than ${MAX_STRATEGY_FIELD_LENGTH}`)
})
const ids = T.arrayOf(T.string)

/** Validators of a stored stakeholder's fields, one per key (the server checks each field a client writes). */
export const stakeholderFieldValidators: { [K in keyof StakeholderFields]: T.Validatable<StakeholderFields[K]> } = {
  group: T.literalEnum(...STAKEHOLDER_GROUPS),
  name: text,
  wants: text,
  conflictsWith: ids,
  conflicts: text,
  priority: T.integer.check((value) => {
    if (value < PRIORITY_MIN || value > PRIORITY_MAX) throw new Error('Priority out of range')
  }),
  ifSuccess: text,
  order: T.number,
}

/** Validator of a whole stakeholder. */
export const stakeholderValidator: T.Validator<Stakeholder> = T.object({ id: T.string, ...stakeholderFieldValidators })
