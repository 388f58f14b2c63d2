import type { Locale } from '../api.ts'

/**
 * The labels the strategy's renderings share — the page, its PDF section and the DOCX: table headers, list titles and
 * short phrases. `{name}` marks a value to fill in.
 */
export interface StrategyLabels {
  group: string
  name: string
  wants: string
  conflicts: string
  priority: string
  ifSuccess: string
  grid: string
  state: string
  asIs: string
  toBe: string
  stages: string
  cards: string
  emptyStages: string
  expectations: string
  barriers: string
  severity: string
  segment: string
  goals: string
  preferences: string
  constraints: string
  value: string
  movesTo: string
  curves: string
  everyone: string
  messages: string
  channels: string
  unowned: string
  stage: string
  metric: string
  current: string
  target: string
  effects: string
  total: string
  department: string
  touchpoints: string
  barriersCaused: string
  barriersRemoved: string
  promises: string
  initiatives: string
  gaps: string
  revenue: string
  opportunities: string
  pain: string
  paidServices: string
  monetisationTotal: string
  wave: string
  initiative: string
  owner: string
  serves: string
  nothing: string
  more: string
  persona: string
}

const en: StrategyLabels = {
  group: 'Group',
  name: 'Who',
  wants: 'What they want',
  conflicts: 'Conflicts',
  priority: 'Priority',
  ifSuccess: 'If CX succeeds',
  grid: 'Map',
  state: 'Kind',
  asIs: 'as is',
  toBe: 'to be',
  stages: 'Stages',
  cards: 'Cards',
  emptyStages: 'Empty stages',
  expectations: 'Expectations',
  barriers: 'Barriers',
  severity: 'severity {value}',
  segment: 'Segment',
  goals: 'Goals / JTBD',
  preferences: 'Preferences',
  constraints: 'Constraints',
  value: 'Value to the company',
  movesTo: 'Moves to',
  curves: 'Emotion curves by persona',
  everyone: 'Everyone',
  messages: 'Messages',
  channels: 'Channels',
  unowned: 'Without a department',
  stage: 'Stage',
  metric: 'Metric',
  current: 'Now',
  target: 'Target',
  effects: 'Expected effect of the roadmap',
  total: 'Total',
  department: 'Department',
  touchpoints: 'Touchpoints',
  barriersCaused: 'Barriers it causes',
  barriersRemoved: 'Barriers it removes',
  promises: 'Promises',
  initiatives: 'Initiatives',
  gaps: 'Stages where no department owns the touchpoints',
  revenue: 'Revenue / month',
  opportunities: 'Opportunities',
  pain: 'Pain',
  paidServices: 'Paid services',
  monetisationTotal: 'Over all maps: {revenue} per month, {count} opportunities',
  wave: 'Wave {wave}',
  initiative: 'Initiative',
  owner: 'Owner',
  serves: 'Serves',
  nothing: 'Nothing on the board yet.',
  more: '…and {count} more',
  persona: 'Persona',
}

const ru: StrategyLabels = {
  group: 'Группа',
  name: 'Кто',
  wants: 'Чего хотят',
  conflicts: 'Конфликты',
  priority: 'Приоритет',
  ifSuccess: 'Если CX удастся',
  grid: 'Карта',
  state: 'Вид',
  asIs: 'как есть',
  toBe: 'как должно быть',
  stages: 'Этапы',
  cards: 'Карточки',
  emptyStages: 'Пустые этапы',
  expectations: 'Ожидания',
  barriers: 'Барьеры',
  severity: 'острота {value}',
  segment: 'Сегмент',
  goals: 'Цели / JTBD',
  preferences: 'Предпочтения',
  constraints: 'Ограничения',
  value: 'Ценность для компании',
  movesTo: 'Переход в',
  curves: 'Кривые эмоций по персонам',
  everyone: 'Все',
  messages: 'Сообщения',
  channels: 'Каналы',
  unowned: 'Без подразделения',
  stage: 'Этап',
  metric: 'Метрика',
  current: 'Сейчас',
  target: 'Цель',
  effects: 'Ожидаемый эффект дорожной карты',
  total: 'Итого',
  department: 'Подразделение',
  touchpoints: 'Точки контакта',
  barriersCaused: 'Создает барьеры',
  barriersRemoved: 'Снимает барьеры',
  promises: 'Обещания',
  initiatives: 'Инициативы',
  gaps: 'Этапы, где точками контакта не владеет ни одно подразделение',
  revenue: 'Выручка / мес.',
  opportunities: 'Возможности',
  pain: 'Боль',
  paidServices: 'Платные услуги',
  monetisationTotal: 'По всем картам: {revenue} в месяц, возможностей: {count}',
  wave: 'Волна {wave}',
  initiative: 'Инициатива',
  owner: 'Владелец',
  serves: 'Для кого',
  nothing: 'На доске пока ничего нет.',
  more: '…и еще {count}',
  persona: 'Персона',
}

/** The strategy's labels in `locale`. */
export function getStrategyLabels(locale: Locale): StrategyLabels {
  return locale === 'ru' ? ru : en
}
