import { buildPersona, PERSONA_CARD_TYPE } from '@cxmap/shared'
import i18next from 'i18next'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Editor, TLShapeId } from 'tldraw'
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createHeadlessEditor, doubleClick } from '../../../test/headlessEditor'
import { isPersonaCard, setPersonaCardPersonas, type PersonaCardShape } from './personaCardShape'
import { PersonaCardSvg } from './personaCardSvg'
import { usePersonaViewStore } from './personaViewStore'
import { PERSONA_CARD_GAP, placePersonaCard } from './placePersonaCard'

let editor: Editor
beforeAll(async () => {
  await i18next.init({ lng: 'ru', fallbackLng: 'en', resources: {}, interpolation: { escapeValue: false } })
})
beforeEach(async () => {
  editor = await createHeadlessEditor()
})
afterEach(() => {
  editor.dispose()
  usePersonaViewStore.getState().reset()
})

const oleg = buildPersona({
  id: 'oleg',
  name: 'Student Oleg',
  segment: 'Youth',
  goals: 'Internet in a rented flat',
  constraints: 'Small budget',
  color: '#2f80ed',
  movesTo: ['family'],
})
const family = buildPersona({ id: 'family', name: 'The Ivanovs', color: '#eb5757' })

function card(id: TLShapeId): PersonaCardShape {
  const shape = editor.getShape(id)
  if (!isPersonaCard(shape)) throw new Error(`${id} is not a persona card`)
  return shape
}

describe('placing persona cards', () => {
  test('the first goes to the middle of the viewport, selected; the next one lines up to its right', () => {
    const viewport = editor.getViewportPageBounds()
    const first = card(placePersonaCard(editor, 'oleg'))
    expect(first.props).toMatchObject({ personaId: 'oleg', w: 300, h: 380 })
    expect(first.x + first.props.w / 2).toBeCloseTo(viewport.center.x)
    expect(first.y + first.props.h / 2).toBeCloseTo(viewport.center.y)
    expect(editor.getSelectedShapeIds()).toEqual([first.id])
    const second = card(placePersonaCard(editor, 'family'))
    expect(second).toMatchObject({ x: first.x + first.props.w + PERSONA_CARD_GAP, y: first.y })
    expect(editor.getSelectedShapeIds()).toEqual([second.id])
    editor.undo()
    expect(editor.getShape(second.id)).toBeUndefined()
  })
})

describe('the persona card shape', () => {
  test('is resized with a minimum size and not edited in place', () => {
    const id = placePersonaCard(editor, 'oleg')
    const util = editor.getShapeUtil(PERSONA_CARD_TYPE)
    expect(editor.canEditShape(card(id))).toBe(false)
    expect(util.canResize(card(id))).toBe(true)
    editor.resizeShape(id, { x: 0.1, y: 0.1 })
    expect(card(id).props).toMatchObject({ w: 200, h: 140 })
  })

  test('a double-click opens its persona in the panel and adds nothing to the canvas', () => {
    const id = placePersonaCard(editor, 'oleg')
    const { x, y } = card(id)
    editor.selectNone()
    const before = editor.getCurrentPageShapeIds().size
    doubleClick(editor, x + 150, y + 100)
    expect(usePersonaViewStore.getState()).toMatchObject({ isPanelOpen: true, requestedId: 'oleg' })
    expect(editor.getCurrentPageShapeIds().size).toBe(before)
    expect(editor.getEditingShapeId()).toBeNull()
  })

  test('its text and its SVG (in the UI language) come from the persona as the canvas last saw it', () => {
    const id = placePersonaCard(editor, 'oleg')
    const util = editor.getShapeUtil(PERSONA_CARD_TYPE)
    setPersonaCardPersonas(editor, new Map([oleg, family].map((p) => [p.id, p])))
    expect(util.getText(card(id))).toBe('Student Oleg — Youth')
    const svg = renderToStaticMarkup(createElement(PersonaCardSvg, { shape: card(id), editor }))
    for (const text of ['Student Oleg', 'Youth', 'Internet in a rented flat', 'Small budget', 'The Ivanovs']) {
      expect(svg).toContain(text)
    }
    expect(svg).toContain('ЦЕЛИ / ЗАДАЧИ (JTBD)')
    expect(svg).toContain('Переход в → The Ivanovs')
    expect(svg).toContain('#2f80ed')
    expect(svg, 'an empty field is left out').not.toContain('ПРЕДПОЧТЕНИЯ')

    setPersonaCardPersonas(editor, new Map([[family.id, family]]))
    expect(util.getText(card(id))).toBeUndefined()
    const removed = renderToStaticMarkup(createElement(PersonaCardSvg, { shape: card(id), editor }))
    expect(removed).toContain('Персона удалена')
    expect(removed).not.toContain('Student Oleg')
  })
})
