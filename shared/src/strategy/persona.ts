import { T } from '@tldraw/validate'
import { isPlainObject } from '../doc/json.ts'
import { readIdList, readNumberField, readStringField } from './lenientFields.ts'
import { MAX_STRATEGY_FIELD_LENGTH } from './strategyLimits.ts'

/** Colours given to personas in turn (their emotion curves and filter chips). */
export const PERSONA_COLORS = ['#2f80ed', '#eb5757', '#27ae60', '#9b51e0', '#f2994a', '#56ccf2'] as const

/** A persona or segment «Персона»; stored as one `Y.Map` whose keys are these fields (field-level merges). */
export interface Persona {
  id: string
  name: string
  segment: string
  /** Goals / jobs to be done. */
  goals: string
  preferences: string
  constraints: string
  /** Value to the company. */
  value: string
  /** '' or a tldraw asset id (`asset:…`) of an image uploaded to this board. */
  avatarAssetId: string
  /** `#rrggbb`. */
  color: string
  /** Persona ids this one may be moved to (a more profitable segment). */
  movesTo: string[]
  /** Sort key (ascending). */
  order: number
}

/** The fields of a persona that a patch may change. */
export type PersonaFields = Omit<Persona, 'id'>

const COLOR_PATTERN = /^#[0-9a-f]{6}$/i
const ASSET_PATTERN = /^asset:[^\s]+$/

/** Whether `value` is a `#rrggbb` colour. */
export function isPersonaColor(value: unknown): value is string {
  return typeof value === 'string' && COLOR_PATTERN.test(value)
}

/** Whether `value` is a persona avatar reference: '' or a tldraw asset id. */
export function isAvatarAssetId(value: unknown): value is string {
  return value === '' || (typeof value === 'string' && value.length <= 200 && ASSET_PATTERN.test(value))
}

/** A persona with defaults for every field not given. */
export function buildPersona(fields: Partial<Persona> & { id: string }): Persona {
  return {
    name: '',
    segment: '',
    goals: '',
    preferences: '',
    constraints: '',
    value: '',
    avatarAssetId: '',
    color: PERSONA_COLORS[0],
    movesTo: [],
    order: 0,
    ...fields,
  }
}

/** A persona read from untrusted fields: null without an id; every other bad field falls back to its default. */
export function parsePersona(id: string, value: unknown): Persona | null {
  if (typeof id !== 'string' || id === '' || !isPlainObject(value)) return null
  const d = buildPersona({ id })
  return {
    id,
    name: readStringField(value.name, d.name),
    segment: readStringField(value.segment, d.segment),
    goals: readStringField(value.goals, d.goals),
    preferences: readStringField(value.preferences, d.preferences),
    constraints: readStringField(value.constraints, d.constraints),
    value: readStringField(value.value, d.value),
    avatarAssetId: isAvatarAssetId(value.avatarAssetId) ? value.avatarAssetId : d.avatarAssetId,
    color: isPersonaColor(value.color) ? value.color.toLowerCase() : d.color,
    movesTo: readIdList(value.movesTo, id),
    order: readNumberField(value.order, d.order),
  }
}

const text = T.string.check((value) => {
  if (value.length > MAX_STRATEGY_FIELD_LENGTH) throw new Error(`Longer than ${MAX_STRATEGY_FIELD_LENGTH}`)
})

/** Validators of a stored persona's fields, one per key (the server checks each field a client writes). */
export const personaFieldValidators: { [K in keyof PersonaFields]: T.Validatable<PersonaFields[K]> } = {
  name: text,
  segment: text,
  goals: text,
  preferences: text,
  constraints: text,
  value: text,
  avatarAssetId: T.string.check((value) => {
    if (!isAvatarAssetId(value)) throw new Error('Not an asset id')
  }),
  color: T.string.check((value) => {
    if (!isPersonaColor(value)) throw new Error('Not a #rrggbb colour')
  }),
  movesTo: T.arrayOf(T.string),
  order: T.number,
}

/** Validator of a whole persona. */
export const personaValidator: T.Validator<Persona> = T.object({ id: T.string, ...personaFieldValidators })
