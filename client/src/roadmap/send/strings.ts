/** Strings of sending cards to the roadmap and of the cards' roadmap badges (namespace `roadmap`, prefix `send.`). */
const en = {
  button: 'Send to roadmap',
  buttonCount_one: 'Send {{count}} card to roadmap',
  buttonCount_other: 'Send {{count}} cards to roadmap',
  menuItem: 'Send to roadmap…',
  dialogTitle: 'Send to the roadmap',
  selected_one: '{{count}} card selected: {{kinds}}.',
  selected_other: '{{count}} cards selected: {{kinds}}.',
  alreadyLinked_one: '{{count}} of them is already in the roadmap; it will be linked once more.',
  alreadyLinked_other: '{{count}} of them are already in the roadmap; they will be linked once more.',
  modeLabel: 'Create',
  modeOne: 'One initiative for all {{count}} cards',
  modePerCard: 'One initiative per card ({{count}})',
  titleLabel: 'Initiative title',
  waveLabel: 'Wave',
  suggested: 'suggested from the card kinds',
  submitOne: 'Create initiative',
  submitMany_one: 'Create {{count}} initiative',
  submitMany_other: 'Create {{count}} initiatives',
  cancel: 'Cancel',
  noCards: 'The selected cards are gone.',
  created_one: 'Initiative added to the roadmap.',
  created_other: '{{count}} initiatives added to the roadmap.',
  openRoadmap: 'Open the roadmap',
  dismiss: 'Dismiss',
  badge_one: 'In the roadmap: {{titles}}. Click to open',
  badge_other: 'In {{count}} roadmap initiatives. Click to choose',
  badgeMenu: 'Initiatives from this card',
  badgeWave: 'W{{wave}}',
  badgeCount: '×{{count}}',
}

// Russian plurals have more forms than English: one (1 карточка), few (2 карточки), many (5 карточек).
const ru: typeof en & {
  buttonCount_few: string
  buttonCount_many: string
  selected_few: string
  selected_many: string
  alreadyLinked_few: string
  alreadyLinked_many: string
  submitMany_few: string
  submitMany_many: string
  created_few: string
  created_many: string
  badge_few: string
  badge_many: string
} = {
  button: 'В дорожную карту',
  buttonCount_one: 'Отправить {{count}} карточку в дорожную карту',
  buttonCount_few: 'Отправить {{count}} карточки в дорожную карту',
  buttonCount_many: 'Отправить {{count}} карточек в дорожную карту',
  buttonCount_other: 'Отправить {{count}} карточки в дорожную карту',
  menuItem: 'Отправить в дорожную карту…',
  dialogTitle: 'Отправить в дорожную карту',
  selected_one: 'Выделена {{count}} карточка: {{kinds}}.',
  selected_few: 'Выделено {{count}} карточки: {{kinds}}.',
  selected_many: 'Выделено {{count}} карточек: {{kinds}}.',
  selected_other: 'Выделено {{count}} карточки: {{kinds}}.',
  alreadyLinked_one: '{{count}} из них уже в дорожной карте — будет связана ещё раз.',
  alreadyLinked_few: '{{count}} из них уже в дорожной карте — будут связаны ещё раз.',
  alreadyLinked_many: '{{count}} из них уже в дорожной карте — будут связаны ещё раз.',
  alreadyLinked_other: '{{count}} из них уже в дорожной карте — будут связаны ещё раз.',
  modeLabel: 'Создать',
  modeOne: 'Одну инициативу на все карточки ({{count}})',
  modePerCard: 'По инициативе на каждую карточку ({{count}})',
  titleLabel: 'Название инициативы',
  waveLabel: 'Волна',
  suggested: 'предложена по видам карточек',
  submitOne: 'Создать инициативу',
  submitMany_one: 'Создать {{count}} инициативу',
  submitMany_few: 'Создать {{count}} инициативы',
  submitMany_many: 'Создать {{count}} инициатив',
  submitMany_other: 'Создать {{count}} инициативы',
  cancel: 'Отмена',
  noCards: 'Выделенных карточек больше нет.',
  created_one: 'Инициатива добавлена в дорожную карту.',
  created_few: '{{count}} инициативы добавлены в дорожную карту.',
  created_many: '{{count}} инициатив добавлено в дорожную карту.',
  created_other: '{{count}} инициативы добавлены в дорожную карту.',
  openRoadmap: 'Открыть дорожную карту',
  dismiss: 'Закрыть',
  badge_one: 'В дорожной карте: {{titles}}. Нажмите, чтобы открыть',
  badge_few: 'В {{count}} инициативах дорожной карты. Нажмите, чтобы выбрать',
  badge_many: 'В {{count}} инициативах дорожной карты. Нажмите, чтобы выбрать',
  badge_other: 'В {{count}} инициативах дорожной карты. Нажмите, чтобы выбрать',
  badgeMenu: 'Инициативы из этой карточки',
  badgeWave: 'В{{wave}}',
  badgeCount: '×{{count}}',
}

/** The send strings in every UI language. */
export const sendStrings = { en, ru }
