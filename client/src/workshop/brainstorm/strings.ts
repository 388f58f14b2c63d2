/** Strings of the private brainstorm (i18next namespace `workshop`, key prefix `brainstorm.`). */
const en = {
  title: 'Private brainstorm',
  hint: "While it is on, everyone's new cards stay on their own screen; reveal shows them all at once.",
  start: 'Start private brainstorm',
  reveal: 'Reveal all cards',
  restart: 'Start a new one',
  progress_one: '{{count}} private card so far',
  progress_other: '{{count}} private cards so far',
  people_one: 'from {{count}} person',
  people_other: 'from {{count}} people',
  revealed: 'Cards revealed.',
  badge: 'Private brainstorm: your new cards are visible only to you',
  badgeCount_one: '{{count}} private card',
  badgeCount_other: '{{count}} private cards',
  badgeFacilitator: 'Private brainstorm on',
  privateCard: 'Only you see this card until the facilitator reveals the brainstorm',
}

// Russian plurals have more forms than English: one (1 карточка), few (2 карточки), many (5 карточек).
const ru: typeof en & {
  progress_few: string
  progress_many: string
  people_few: string
  people_many: string
  badgeCount_few: string
  badgeCount_many: string
} = {
  title: 'Приватный брейншторм',
  hint: 'Пока он идёт, новые карточки каждого видны только ему самому; «Показать» открывает их все сразу.',
  start: 'Начать приватный брейншторм',
  reveal: 'Показать все карточки',
  restart: 'Начать новый',
  progress_one: 'Пока {{count}} приватная карточка',
  progress_few: 'Пока {{count}} приватные карточки',
  progress_many: 'Пока {{count}} приватных карточек',
  progress_other: 'Пока {{count}} приватной карточки',
  people_one: 'от {{count}} участника',
  people_few: 'от {{count}} участников',
  people_many: 'от {{count}} участников',
  people_other: 'от {{count}} участника',
  revealed: 'Карточки показаны всем.',
  badge: 'Приватный брейншторм: ваши новые карточки видите только вы',
  badgeCount_one: '{{count}} приватная карточка',
  badgeCount_few: '{{count}} приватные карточки',
  badgeCount_many: '{{count}} приватных карточек',
  badgeCount_other: '{{count}} приватной карточки',
  badgeFacilitator: 'Идёт приватный брейншторм',
  privateCard: 'Эту карточку видите только вы, пока фасилитатор не покажет брейншторм',
}

/** The brainstorm strings in every UI language. */
export const brainstormStrings = { en, ru }
