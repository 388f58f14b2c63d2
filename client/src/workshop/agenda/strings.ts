/** Strings of the workshop's agenda (i18next namespace `workshop`, key prefix `agenda.`). */
const en = {
  title: 'Agenda',
  listLabel: 'Agenda steps',
  empty: 'No steps yet. Add the workshop’s steps and mark the current one: everyone sees it above the board.',
  newStepLabel: 'New step',
  newStepPlaceholder: 'New step…',
  add: 'Add',
  stepTitleLabel: 'Title of step {{number}}',
  stepMinutesLabel: 'Planned minutes for step {{number}}',
  minutesPlaceholder: 'min',
  makeCurrent: 'Make step {{number}} current',
  clearCurrent: 'Step {{number}} is current; click to unmark it',
  moveUp: 'Move step {{number}} up',
  moveDown: 'Move step {{number}} down',
  remove: 'Remove step {{number}}',
  next: 'Next step',
  nextTitle: 'Next step: {{title}}',
  stepOf: 'Step {{number}} of {{total}}',
  minutes: '{{minutes}} min',
  untitled: 'Untitled step',
  displayLabel: 'Current agenda step',
}

const ru: typeof en = {
  title: 'Повестка',
  listLabel: 'Шаги повестки',
  empty: 'Шагов пока нет. Добавьте шаги воркшопа и отметьте текущий — его увидят все над доской.',
  newStepLabel: 'Новый шаг',
  newStepPlaceholder: 'Новый шаг…',
  add: 'Добавить',
  stepTitleLabel: 'Название шага {{number}}',
  stepMinutesLabel: 'Минут на шаг {{number}}',
  minutesPlaceholder: 'мин',
  makeCurrent: 'Сделать шаг {{number}} текущим',
  clearCurrent: 'Шаг {{number}} — текущий; нажмите, чтобы снять отметку',
  moveUp: 'Поднять шаг {{number}}',
  moveDown: 'Опустить шаг {{number}}',
  remove: 'Удалить шаг {{number}}',
  next: 'Следующий шаг',
  nextTitle: 'Следующий шаг: {{title}}',
  stepOf: 'Шаг {{number}} из {{total}}',
  minutes: '{{minutes}} мин',
  untitled: 'Шаг без названия',
  displayLabel: 'Текущий шаг повестки',
}

/** The agenda strings in every UI language. */
export const agendaStrings = { en, ru }
