/** Strings of the roadmap's timeline (i18next namespace `roadmap`, key prefix `timeline.`). */
const en = {
  label: 'Initiatives by quarter',
  waveGoal: {
    '1': 'Remove pain zones',
    '2': 'Meet expectations',
    '3': 'Anticipate expectations',
  },
  now: 'now',
  currentQuarter: 'The current quarter',
  noHorizonHint: 'Initiatives without a horizon yet',
  due: 'due {{date}}',
  openInitiative: 'Open “{{title}}”',
  dragHint: 'Drag an initiative to another quarter to change its horizon.',
  legendDepends: 'depends on',
  legendParallel: 'in parallel',
  legendBackwards: 'runs backwards in time',
  linkDepends: '“{{to}}” depends on “{{from}}”',
  linkBackwards: 'Runs backwards in time: “{{to}}” is due before “{{from}}”, which it depends on',
  linkParallel: '“{{from}}” runs in parallel with “{{to}}”',
  backwardsCount_one:
    '{{count}} dependency runs backwards in time: the dependent initiative is due before its prerequisite.',
  backwardsCount_other:
    '{{count}} dependencies run backwards in time: the dependent initiatives are due before their prerequisites.',
}

const ru: typeof en & { backwardsCount_few: string; backwardsCount_many: string } = {
  label: 'Инициативы по кварталам',
  waveGoal: {
    '1': 'Устранение болевых зон',
    '2': 'Соответствие ожиданиям',
    '3': 'Предвосхищение ожиданий',
  },
  now: 'сейчас',
  currentQuarter: 'Текущий квартал',
  noHorizonHint: 'Инициативы, для которых срок ещё не задан',
  due: 'срок {{date}}',
  openInitiative: 'Открыть «{{title}}»',
  dragHint: 'Перетащите инициативу в другой квартал, чтобы изменить её срок.',
  legendDepends: 'зависит от',
  legendParallel: 'параллельно',
  legendBackwards: 'нарушает порядок во времени',
  linkDepends: '«{{to}}» зависит от «{{from}}»',
  linkBackwards: 'Порядок нарушен: «{{to}}» должна завершиться раньше, чем «{{from}}», от которой она зависит',
  linkParallel: '«{{from}}» идёт параллельно с «{{to}}»',
  backwardsCount_one:
    '{{count}} зависимость нарушает порядок во времени: зависимая инициатива должна завершиться раньше той, от которой зависит.',
  backwardsCount_few:
    '{{count}} зависимости нарушают порядок во времени: зависимые инициативы должны завершиться раньше тех, от которых зависят.',
  backwardsCount_many:
    '{{count}} зависимостей нарушают порядок во времени: зависимые инициативы должны завершиться раньше тех, от которых зависят.',
  backwardsCount_other:
    '{{count}} зависимости нарушают порядок во времени: зависимые инициативы должны завершиться раньше тех, от которых зависят.',
}

/** The timeline strings in every UI language. */
export const timelineStrings = { en, ru }
