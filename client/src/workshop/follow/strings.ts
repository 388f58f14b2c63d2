/** Strings of the workshop's follow (i18next namespace `workshop`, key prefix `follow.`). */
const en = {
  title: 'Bring everyone to me',
  hint: "Everyone's view follows yours until they move the map themselves or you stop.",
  start: 'Bring everyone to me',
  takeOver: 'Bring everyone to me instead',
  stop: 'Stop',
  leading: 'Everyone follows you',
  othersLeading: '{{name}} leads everyone',
  followers: '{{count}} of {{total}} with you',
  following: 'Following {{name}}',
  followingHint: 'move the map to stop',
  stopFollowing: 'Stop following',
  someone: 'a participant',
  cursorsTitle: 'Hide participants’ cursors',
  cursorsHint: 'For a step you present: nobody sees the others’ cursors, only the facilitator’s.',
  cursorsSwitch: 'Hide participants’ cursors for everyone',
  cursorsOn: 'Hidden',
  cursorsOff: 'Shown',
  cursorsHidden: 'Cursors hidden',
  cursorsHiddenHint: 'only the facilitator’s cursor is shown',
  showCursors: 'Show cursors',
}

const ru: typeof en = {
  title: 'Все ко мне',
  hint: 'Вид у всех следует за вашим, пока участник сам не сдвинет карту или вы не остановите.',
  start: 'Все ко мне',
  takeOver: 'Все ко мне вместо этого',
  stop: 'Остановить',
  leading: 'Все следуют за вами',
  othersLeading: 'Все следуют за участником: {{name}}',
  followers: 'с вами {{count}} из {{total}}',
  following: 'Вы следуете за: {{name}}',
  followingHint: 'сдвиньте карту, чтобы выйти',
  stopFollowing: 'Перестать следовать',
  someone: 'участник',
  cursorsTitle: 'Скрыть курсоры участников',
  cursorsHint: 'Для шага, который вы показываете: никто не видит чужих курсоров, кроме курсора фасилитатора.',
  cursorsSwitch: 'Скрыть курсоры участников у всех',
  cursorsOn: 'Скрыты',
  cursorsOff: 'Видны',
  cursorsHidden: 'Курсоры скрыты',
  cursorsHiddenHint: 'виден только курсор фасилитатора',
  showCursors: 'Показать курсоры',
}

/** The follow strings in every UI language. */
export const followStrings = { en, ru }
