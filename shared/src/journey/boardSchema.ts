import { createTLSchema, defaultShapeSchemas, type SchemaPropsInfo, type TLSchema } from '@tldraw/tlschema'
import { JOURNEY_CARD_TYPE, journeyCardMigrations, journeyCardProps } from './card.ts'
import { JOURNEY_GRID_TYPE, journeyGridMigrations, journeyGridProps } from './grid.ts'
import { PERSONA_CARD_TYPE, personaCardMigrations, personaCardProps } from '../strategy/personaShape.ts'

/**
 * The journey's custom shapes as tldraw schema entries (props validators and migrations), keyed by shape type: the
 * form `createTLSchema({ shapes: { ...defaultShapeSchemas, ...journeyShapeSchemas } })` takes. The client's ShapeUtils
 * declare the same validators and migrations, so both sides build one schema.
 */
export const journeyShapeSchemas = {
  [JOURNEY_GRID_TYPE]: { props: journeyGridProps, migrations: journeyGridMigrations },
  [JOURNEY_CARD_TYPE]: { props: journeyCardProps, migrations: journeyCardMigrations },
  [PERSONA_CARD_TYPE]: { props: personaCardProps, migrations: personaCardMigrations },
} as const satisfies Record<string, SchemaPropsInfo>

/**
 * The board document's tldraw schema: tldraw's default records, shapes and bindings plus the journey's shapes — what
 * the client's store uses, so `createBoardSchema().serialize()` is what a client writes to the doc's meta.
 */
export function createBoardSchema(): TLSchema {
  return createTLSchema({ shapes: { ...defaultShapeSchemas, ...journeyShapeSchemas } })
}

type SerializedBoardSchema = ReturnType<TLSchema['serialize']>
let serializedBoardSchema: SerializedBoardSchema | undefined

/**
 * `createBoardSchema().serialize()`, built once per process and frozen: building tldraw's schema takes about a
 * millisecond, which every new board's seed paid again.
 */
export function serializeBoardSchema(): SerializedBoardSchema {
  if (!serializedBoardSchema) {
    const serialized = createBoardSchema().serialize()
    Object.freeze(serialized.sequences)
    serializedBoardSchema = Object.freeze(serialized)
  }
  return serializedBoardSchema
}
