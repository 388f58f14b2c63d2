/** Strings of the workshop's participants (i18next namespace `workshop`, key prefix `participants.`). */
const en = {
  button_one: '{{count}} person on the board: show who',
  button_other: '{{count}} people on the board: show who',
  title: 'On the board',
  departments: 'People per department',
  noDepartment: 'no department',
  you: 'you',
  active: 'active',
  idle_one: 'idle {{count}} min',
  idle_other: 'idle {{count}} min',
  follow: 'Follow',
  stop: 'Stop',
  followTitle: 'Follow {{name}}: your view moves with theirs',
  stopTitle: 'Stop following {{name}}',
  unavailable: "{{name}}'s view is not available yet",
  hint: 'Click someone to follow their view. Move the map or press Esc to stop.',
}

const ru: typeof en & { button_few: string; button_many: string; idle_few: string; idle_many: string } = {
  button_one: 'На доске {{count}} человек: показать список',
  button_few: 'На доске {{count}} человека: показать список',
  button_many: 'На доске {{count}} человек: показать список',
  button_other: 'На доске {{count}} человека: показать список',
  title: 'На доске сейчас',
  departments: 'Участники по отделам',
  noDepartment: 'без отдела',
  you: 'вы',
  active: 'активен',
  idle_one: 'без действий {{count}} мин',
  idle_few: 'без действий {{count}} мин',
  idle_many: 'без действий {{count}} мин',
  idle_other: 'без действий {{count}} мин',
  follow: 'Следовать',
  stop: 'Стоп',
  followTitle: 'Следовать за участником {{name}}: ваш вид будет двигаться вместе с его видом',
  stopTitle: 'Перестать следовать за участником {{name}}',
  unavailable: 'Вид участника {{name}} пока недоступен',
  hint: 'Нажмите на человека, чтобы следовать за его видом. Сдвиньте карту или нажмите Esc, чтобы перестать.',
}

/** The participants strings in every UI language. */
export const participantsStrings = { en, ru }
