import { createPersonaCardProps, personaCardMigrations, personaCardProps, PERSONA_CARD_TYPE } from '@cxmap/shared'
import i18next from 'i18next'
import { Rectangle2d, ShapeUtil, resizeBox, type TLResizeInfo, type TLShapePartial } from 'tldraw'
import { PersonaCard } from './PersonaCard'
import { PersonaCardSvg } from './personaCardSvg'
import {
  getPersonaCardPersonas,
  PERSONA_CARD_MIN_H,
  PERSONA_CARD_MIN_W,
  type PersonaCardShape,
} from './personaCardShape'
import { usePersonaViewStore } from './personaViewStore'
import { createPersonasT } from './strings'

export type { PersonaCardShape } from './personaCardShape'

/** Corner radius of a persona card, in page units. */
const PERSONA_CARD_RADIUS = 14

/**
 * A persona on the canvas: a card that shows, live, the persona the strategy map holds (so an edit in the personas
 * panel is on every card at once). It is moved and resized like any shape but never edited in place: a double-click
 * opens the persona in the panel.
 */
export class PersonaCardShapeUtil extends ShapeUtil<PersonaCardShape> {
  static override type = PERSONA_CARD_TYPE
  static override props = personaCardProps
  static override migrations = personaCardMigrations

  override getDefaultProps(): PersonaCardShape['props'] {
    // tldraw asks for defaults; a card is always created with its persona (see placePersonaCard).
    return createPersonaCardProps('unset')
  }

  override getGeometry(shape: PersonaCardShape) {
    return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: true })
  }

  override canEdit() {
    return false
  }

  override canResize() {
    return true
  }

  override hideRotateHandle() {
    return true
  }

  override getText(shape: PersonaCardShape) {
    const persona = getPersonaCardPersonas(this.editor).get(shape.props.personaId)
    return persona ? [persona.name, persona.segment].filter(Boolean).join(' — ') : undefined
  }

  override getAriaDescriptor(shape: PersonaCardShape) {
    const t = createPersonasT(i18next.language?.startsWith('ru') ? 'ru' : 'en')
    const persona = getPersonaCardPersonas(this.editor).get(shape.props.personaId)
    return persona ? t('shapeLabel', { name: persona.name || t('untitled') }) : t('cardRemoved')
  }

  override onResize(shape: PersonaCardShape, info: TLResizeInfo<PersonaCardShape>) {
    return resizeBox(shape, info, { minWidth: PERSONA_CARD_MIN_W, minHeight: PERSONA_CARD_MIN_H })
  }

  override onDoubleClick(shape: PersonaCardShape): TLShapePartial<PersonaCardShape> {
    usePersonaViewStore.getState().openPersona(shape.props.personaId)
    // An unchanged shape, so that tldraw takes the double-click as handled (else it would add a text there).
    return { id: shape.id, type: PERSONA_CARD_TYPE }
  }

  override component(shape: PersonaCardShape) {
    return <PersonaCard shape={shape} />
  }

  // Native SVG (not the HTML in a <foreignObject>): real text in the PDF, like the journey cards.
  override toSvg(shape: PersonaCardShape) {
    return <PersonaCardSvg shape={shape} editor={this.editor} />
  }

  override getIndicatorPath(shape: PersonaCardShape) {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, PERSONA_CARD_RADIUS)
    return path
  }
}
