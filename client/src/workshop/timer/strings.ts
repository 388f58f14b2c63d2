/** Strings of the workshop's timer (i18next namespace `workshop`, key prefix `timer.`). */
const en = {
  title: 'Timer',
  displayLabel: 'Workshop timer',
  durationLabel: 'Duration',
  preset: '{{minutes}} min',
  presetTitle_one: '{{count}} minute',
  presetTitle_other: '{{count}} minutes',
  customLabel: 'Minutes',
  customInvalid: 'Enter the minutes, at most {{max}}',
  start: 'Start',
  startTitle: 'Start the timer for everyone',
  pause: 'Pause',
  resume: 'Resume',
  addMinute: '+1 min',
  addMinuteTitle: 'Add a minute',
  stop: 'Stop',
  stopTitle: 'Stop the timer and hide it for everyone',
  paused: 'Paused',
  timesUp: "Time's up",
  left: 'left',
  mute: 'Mute the timer sound',
  unmute: 'Turn the timer sound on',
}

// Russian plurals have more forms than English: one (1 минута), few (3 минуты), many (5 минут).
const ru: typeof en & { presetTitle_few: string; presetTitle_many: string } = {
  title: 'Таймер',
  displayLabel: 'Таймер воркшопа',
  durationLabel: 'Длительность',
  preset: '{{minutes}} мин',
  presetTitle_one: '{{count}} минута',
  presetTitle_few: '{{count}} минуты',
  presetTitle_many: '{{count}} минут',
  presetTitle_other: '{{count}} минуты',
  customLabel: 'Минуты',
  customInvalid: 'Укажите минуты, не больше {{max}}',
  start: 'Запустить',
  startTitle: 'Запустить таймер для всех',
  pause: 'Пауза',
  resume: 'Продолжить',
  addMinute: '+1 мин',
  addMinuteTitle: 'Добавить минуту',
  stop: 'Стоп',
  stopTitle: 'Остановить таймер и скрыть его у всех',
  paused: 'Пауза',
  timesUp: 'Время вышло',
  left: 'осталось',
  mute: 'Выключить звук таймера',
  unmute: 'Включить звук таймера',
}

/** The timer strings in every UI language. */
export const timerStrings = { en, ru }
