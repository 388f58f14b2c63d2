import { createShapePropsMigrationIds, createShapePropsMigrationSequence } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { isSize } from '../journey/lenient.ts'
import type { PropsValidators } from '../journey/shapeRecord.ts'

/** tldraw shape type of a persona card on the canvas. */
export const PERSONA_CARD_TYPE = 'cx-persona'

/**
 * Props of a persona card: only which persona it shows and its size. Everything it shows (name, segment, goals…) is
 * read live from the persona in the board's strategy map, so an edit in the panel is on every card at once.
 */
export interface PersonaCardProps {
  /** Id of a strategy persona (see persona.ts); a card whose persona was deleted keeps it and says so. */
  personaId: string
  w: number
  h: number
}

/** Default size of a new persona card, in page units. */
export const PERSONA_CARD_DEFAULT_W = 300
/** Default size of a new persona card, in page units. */
export const PERSONA_CARD_DEFAULT_H = 380
/** Longest persona id a card accepts (persona ids are short random strings). */
export const MAX_PERSONA_CARD_ID_LENGTH = 200

/** Props of a new persona card showing `personaId`. */
export function createPersonaCardProps(
  personaId: string,
  overrides: Partial<Omit<PersonaCardProps, 'personaId'>> = {},
): PersonaCardProps {
  return { personaId, w: PERSONA_CARD_DEFAULT_W, h: PERSONA_CARD_DEFAULT_H, ...overrides }
}

/** tldraw validators of a persona card's props: a record that fails them is never stored (client) nor accepted (server). */
export const personaCardProps: PropsValidators<PersonaCardProps> = {
  personaId: T.string.check('persona id', (value) => {
    if (value === '' || value.length > MAX_PERSONA_CARD_ID_LENGTH) {
      throw new T.ValidationError(`Expected a persona id of 1 to ${MAX_PERSONA_CARD_ID_LENGTH} characters`)
    }
  }),
  w: T.nonZeroNumber,
  h: T.nonZeroNumber,
}

/*
 * A change of these props (add, rename, retype) takes a migration, so that stored boards still open: the recipe is the
 * journey card's (`journeyCardVersions` in shared/src/journey/card.ts): a new version here, an `up` in the sequence,
 * the interface, validators, defaults and reader changed together, and a case in this model's test from a stored
 * record. The sequence starts empty: version 0 is the props as first released (issue 14).
 */

/** Migration ids of the persona card's props, one per change (none yet). */
export const personaCardVersions = createShapePropsMigrationIds(PERSONA_CARD_TYPE, {})

/** The persona card's props migrations, oldest first (tldraw sequence `com.tldraw.shape.cx-persona`). */
export const personaCardMigrations = createShapePropsMigrationSequence({ sequence: [] })

/**
 * Lenient reader: a persona card's props with the default size for a missing or invalid one; null without a usable
 * persona id (such a card shows nothing).
 */
export function parsePersonaCardProps(props: Record<string, unknown>): PersonaCardProps | null {
  const { personaId } = props
  if (typeof personaId !== 'string' || personaId === '' || personaId.length > MAX_PERSONA_CARD_ID_LENGTH) return null
  return {
    personaId,
    w: isSize(props.w) && props.w > 0 ? props.w : PERSONA_CARD_DEFAULT_W,
    h: isSize(props.h) && props.h > 0 ? props.h : PERSONA_CARD_DEFAULT_H,
  }
}
