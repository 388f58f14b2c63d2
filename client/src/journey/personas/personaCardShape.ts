import { PERSONA_CARD_TYPE, type Persona, type PersonaCardProps } from '@cxmap/shared'
import type { Editor, TLShape } from 'tldraw'

// The persona card's model (props, validators, migrations, reader) is in shared/src/strategy/personaShape.ts; this
// registers its props with tldraw's types.
declare module 'tldraw' {
  export interface TLGlobalShapePropsMap {
    [PERSONA_CARD_TYPE]: PersonaCardProps
  }
}

/** A persona card as a tldraw shape. */
export type PersonaCardShape = TLShape<typeof PERSONA_CARD_TYPE>

/** Smallest size a persona card can be resized to, in page units. */
export const PERSONA_CARD_MIN_W = 200
/** Smallest size a persona card can be resized to, in page units. */
export const PERSONA_CARD_MIN_H = 140

/** Whether a shape is a persona card. */
export function isPersonaCard(shape: TLShape | undefined | null): shape is PersonaCardShape {
  return shape?.type === PERSONA_CARD_TYPE
}

// The board's personas per editor, as the canvas last saw them: the SVG export and the shape's text (search, screen
// readers) are asked outside the React tree that holds them.
const personasByEditor = new WeakMap<Editor, ReadonlyMap<string, Persona>>()

/** Tells the persona cards of this editor the board's personas (the print view hands them over from the doc). */
export function setPersonaCardPersonas(editor: Editor, byId: ReadonlyMap<string, Persona>): void {
  personasByEditor.set(editor, byId)
}

/** The board's personas by id as this editor's persona cards last saw them (empty before any was drawn). */
export function getPersonaCardPersonas(editor: Editor): ReadonlyMap<string, Persona> {
  return personasByEditor.get(editor) ?? new Map()
}

/** The persona fields a card shows under its name, in this order (each labelled with its `personas` string). */
export const PERSONA_CARD_SECTIONS = ['goals', 'preferences', 'constraints', 'value'] as const
