import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

/** The i18next namespace of the personas: panel, card chip, grid personas, curves' legend. */
export const PERSONAS_NS = 'personas'

const en = {
  button: 'Personas',
  title: 'Personas and segments',
  close: 'Close',
  hint: 'Pick personas to highlight their cards: cards of other personas fade, cards with no persona stay.',
  filtering: 'Cards of other personas fade.',
  clear: 'Show all',
  add: 'Add persona',
  newName: 'New persona',
  empty: 'No personas yet.',
  toggle: 'Highlight the cards of {{name}}',
  edit: 'Edit {{name}}',
  done: 'Done',
  name: 'Name',
  segment: 'Segment',
  goals: 'Goals / jobs to be done',
  preferences: 'Preferences',
  constraints: 'Constraints',
  value: 'Value to the company',
  color: 'Colour',
  colorNumber: 'Colour {{number}}',
  imageNumber: 'Picture {{number}}',
  avatar: 'Avatar',
  avatarNone: 'Initials',
  avatarHint: 'Images uploaded to this board (drop one onto the canvas to add it).',
  movesTo: 'Moves to a more profitable segment',
  movesToHint: 'Which personas this one can be moved to.',
  noOthers: 'Add another persona first.',
  remove: 'Delete persona',
  confirmRemove: 'Delete {{name}}? Its cards keep their text, without a persona.',
  yes: 'Delete',
  no: 'Keep',
  cards_one: '{{count}} card',
  cards_other: '{{count}} cards',
  untitled: 'Untitled persona',
  cardPersona: 'Persona: {{name}}. Click to change',
  cardNoPersona: 'No persona. Click to pick one',
  pickerLabel: 'Persona of the card',
  none: 'No persona',
  gridPersonas: 'Personas of this journey',
  gridPersonasButton: 'Personas',
  gridPersonasHint: 'Who this journey is for.',
  gridPersonasEmpty: 'Add personas in the Personas panel first.',
  everyone: 'All customers',
  curveLegend: 'Emotion curve per persona',
  asIs: 'As is',
  toBe: 'To be',
  place: 'Place on board',
  placeTitle: 'Place a card of {{name}} on the board',
  shapeLabel: 'Persona card: {{name}}',
  movesToShort: 'Moves to',
  cardRemoved: 'Persona removed',
  cardRemovedHint: 'This persona was deleted. Delete the card, or place the persona again from the Personas panel.',
  cardOpenHint: 'Double-click to open it in the Personas panel',
}

type Messages = typeof en

const ru: Messages & { cards_few: string; cards_many: string } = {
  button: 'Персоны',
  title: 'Персоны и сегменты',
  close: 'Закрыть',
  hint: 'Выберите персоны, чтобы выделить их карточки: карточки других персон бледнеют, карточки без персоны остаются.',
  filtering: 'Карточки других персон бледнеют.',
  clear: 'Показать все',
  add: 'Добавить персону',
  newName: 'Новая персона',
  empty: 'Персон пока нет.',
  toggle: 'Выделить карточки: {{name}}',
  edit: 'Изменить: {{name}}',
  done: 'Готово',
  name: 'Имя',
  segment: 'Сегмент',
  goals: 'Цели / задачи (JTBD)',
  preferences: 'Предпочтения',
  constraints: 'Ограничения',
  value: 'Ценность для компании',
  color: 'Цвет',
  colorNumber: 'Цвет {{number}}',
  imageNumber: 'Изображение {{number}}',
  avatar: 'Аватар',
  avatarNone: 'Инициалы',
  avatarHint: 'Изображения, загруженные на эту доску (перетащите картинку на холст, чтобы добавить).',
  movesTo: 'Переход в более выгодный сегмент',
  movesToHint: 'В какие персоны можно перевести эту.',
  noOthers: 'Сначала добавьте ещё одну персону.',
  remove: 'Удалить персону',
  confirmRemove: 'Удалить «{{name}}»? Её карточки останутся, без персоны.',
  yes: 'Удалить',
  no: 'Оставить',
  cards_one: '{{count}} карточка',
  cards_few: '{{count}} карточки',
  cards_many: '{{count}} карточек',
  cards_other: '{{count}} карточки',
  untitled: 'Персона без имени',
  cardPersona: 'Персона: {{name}}. Нажмите, чтобы сменить',
  cardNoPersona: 'Без персоны. Нажмите, чтобы выбрать',
  pickerLabel: 'Персона карточки',
  none: 'Без персоны',
  gridPersonas: 'Персоны этого пути',
  gridPersonasButton: 'Персоны',
  gridPersonasHint: 'Для кого этот путь клиента.',
  gridPersonasEmpty: 'Сначала добавьте персоны в панели «Персоны».',
  everyone: 'Все клиенты',
  curveLegend: 'Кривая эмоций по персонам',
  asIs: 'Как есть',
  toBe: 'Как будет',
  place: 'Разместить на доске',
  placeTitle: 'Разместить карточку персоны «{{name}}» на доске',
  shapeLabel: 'Карточка персоны: {{name}}',
  movesToShort: 'Переход в',
  cardRemoved: 'Персона удалена',
  cardRemovedHint: 'Эту персону удалили. Удалите карточку или разместите персону заново из панели «Персоны».',
  cardOpenHint: 'Двойной щелчок откроет её в панели «Персоны»',
}

/** A key of the `personas` namespace (plural keys by their base name with `count`). */
export type PersonasKey = Exclude<keyof Messages, 'cards_one' | 'cards_other'> | 'cards'

/** Translates a key of the `personas` namespace. */
export type PersonasT = (key: PersonasKey, vars?: Record<string, unknown>) => string

type LooseT = (key: string, options: Record<string, unknown>) => string

/** The namespace's strings in a language (the print view reads them in the document's language). */
export const personasStrings = { en, ru }

/** Adds the namespace to i18next once it exists (the app initialises i18next after its modules load). */
export function registerPersonasStrings(): void {
  if (!i18next.store || i18next.hasResourceBundle('en', PERSONAS_NS)) return
  i18next.addResourceBundle('en', PERSONAS_NS, en, true, true)
  i18next.addResourceBundle('ru', PERSONAS_NS, ru, true, true)
}

/** A translator for the `personas` namespace that re-renders the component when the UI language changes. */
export function usePersonasT(): PersonasT {
  const { i18n } = useTranslation()
  registerPersonasStrings()
  const language = i18n.language
  return useCallback(
    (key, vars) => (i18n.t as unknown as LooseT)(key, { ...vars, ns: PERSONAS_NS, lng: language }),
    [i18n, language],
  )
}

/** A translator of the namespace fixed to a language (the print view writes in the document's language). */
export function createPersonasT(lang: 'en' | 'ru'): PersonasT {
  registerPersonasStrings()
  const fixed = i18next.getFixedT(lang) as unknown as LooseT
  return (key, vars) => fixed(key, { ...vars, ns: PERSONAS_NS })
}
