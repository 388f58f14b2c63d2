import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

/** The i18next namespace of the journey grid. */
export const GRID_NS = 'grid'

const en = {
  untitledGrid: 'Untitled journey',
  untitledStage: 'Stage {{number}}',
  untitledLane: 'Lane {{number}}',
  newStage: 'New stage',
  newLane: 'New lane',
  summary: '{{stages}} stages · {{lanes}} lanes',
  addStage: 'Add a stage',
  addLane: 'Add a lane',
  insertStageHere: 'Insert a stage here',
  insertLaneHere: 'Insert a lane here',
  deleteStage: 'Delete stage',
  deleteLane: 'Delete lane',
  dragStage: 'Drag to move the stage',
  dragLane: 'Drag to move the lane',
  rename: 'Double-click to rename',
  confirmDeleteStage: 'Delete the stage “{{title}}”?',
  confirmDeleteLane: 'Delete the lane “{{title}}”?',
  confirmDeleteCards_one: 'Its {{count}} card will be deleted too.',
  confirmDeleteCards_other: 'Its {{count}} cards will be deleted too.',
  delete: 'Delete',
  cancel: 'Cancel',
  save: 'Save',
  metrics: 'Metrics',
  metricsOf: 'Metrics of “{{title}}”',
  addMetric: 'Add a metric',
  editMetrics: 'Edit metrics',
  noMetrics: 'No metrics yet.',
  metricKind: 'Metric',
  metricLabel: 'Name',
  metricCurrent: 'Current',
  metricTarget: 'Target',
  removeMetric: 'Remove metric',
  customMetric: 'Custom',
  invalidNumber: 'Enter a number, or leave it empty.',
  labelRequired: 'Name the custom metric.',
  heatMap: 'Heat map',
  heatMapOn: 'Hide heat map',
  heatMapOff: 'Show heat map',
  heatMapLegend: 'Pain per cell (barrier severity + votes of the closed vote)',
  heatMapNone: 'No barriers on the map yet.',
  emotionCurve: 'Emotion curve',
  laneSettings: 'Lane settings',
  resizeStage: 'Drag to change the stage’s width',
  resizeLane: 'Drag to change the lane’s height',
  laneSettingsOf: 'Settings of the lane “{{title}}”',
  laneCardKind: 'Cards created in this lane',
  lanePrompt: 'Hint in empty cells',
  lanePromptPlaceholder: 'For example: What does the customer do here?',
  lanePromptHelp: 'Leave empty for no hint. {{shortcut}} saves.',
  addCardHere: 'Add a card here',
}

/** The strings of the grid namespace; every language has the same keys. */
export type GridMessages = typeof en

// Russian plurals: one (1 карточка), few (2 карточки), many (5 карточек).
const ru: GridMessages & { confirmDeleteCards_few: string; confirmDeleteCards_many: string } = {
  untitledGrid: 'Карта без названия',
  untitledStage: 'Этап {{number}}',
  untitledLane: 'Дорожка {{number}}',
  newStage: 'Новый этап',
  newLane: 'Новая дорожка',
  summary: 'Этапов: {{stages}} · дорожек: {{lanes}}',
  addStage: 'Добавить этап',
  addLane: 'Добавить дорожку',
  insertStageHere: 'Вставить этап сюда',
  insertLaneHere: 'Вставить дорожку сюда',
  deleteStage: 'Удалить этап',
  deleteLane: 'Удалить дорожку',
  dragStage: 'Перетащите, чтобы переместить этап',
  dragLane: 'Перетащите, чтобы переместить дорожку',
  rename: 'Дважды щёлкните, чтобы переименовать',
  confirmDeleteStage: 'Удалить этап «{{title}}»?',
  confirmDeleteLane: 'Удалить дорожку «{{title}}»?',
  confirmDeleteCards_one: '{{count}} карточка в этих ячейках тоже будет удалена.',
  confirmDeleteCards_few: '{{count}} карточки в этих ячейках тоже будут удалены.',
  confirmDeleteCards_many: '{{count}} карточек в этих ячейках тоже будут удалены.',
  confirmDeleteCards_other: '{{count}} карточки в этих ячейках тоже будут удалены.',
  delete: 'Удалить',
  cancel: 'Отмена',
  save: 'Сохранить',
  metrics: 'Метрики',
  metricsOf: 'Метрики этапа «{{title}}»',
  addMetric: 'Добавить метрику',
  editMetrics: 'Изменить метрики',
  noMetrics: 'Метрик пока нет.',
  metricKind: 'Метрика',
  metricLabel: 'Название',
  metricCurrent: 'Сейчас',
  metricTarget: 'Цель',
  removeMetric: 'Удалить метрику',
  customMetric: 'Своя',
  invalidNumber: 'Введите число или оставьте поле пустым.',
  labelRequired: 'Назовите свою метрику.',
  heatMap: 'Тепловая карта',
  heatMapOn: 'Скрыть тепловую карту',
  heatMapOff: 'Показать тепловую карту',
  heatMapLegend: 'Боль в ячейке (серьёзность барьеров + голоса закрытого голосования)',
  heatMapNone: 'На карте пока нет барьеров.',
  emotionCurve: 'Кривая эмоций',
  laneSettings: 'Настройки дорожки',
  resizeStage: 'Перетащите, чтобы изменить ширину этапа',
  resizeLane: 'Перетащите, чтобы изменить высоту дорожки',
  laneSettingsOf: 'Настройки дорожки «{{title}}»',
  laneCardKind: 'Карточки в этой дорожке',
  lanePrompt: 'Подсказка в пустых ячейках',
  lanePromptPlaceholder: 'Например: что здесь делает клиент?',
  lanePromptHelp: 'Оставьте пустым, чтобы не показывать подсказку. {{shortcut}} — сохранить.',
  addCardHere: 'Добавить карточку сюда',
}

/** The grid's strings in every UI language. */
export const gridStrings = { en, ru }

/** A key of the grid namespace (plural keys are used by their base name with `count`). */
export type GridKey = Exclude<keyof GridMessages, `${string}_one` | `${string}_other`> | 'confirmDeleteCards'

/** Translates a key of the grid namespace. */
export type GridT = (key: GridKey, vars?: Record<string, unknown>) => string

type LooseT = (key: string, options: Record<string, unknown>) => string

/**
 * Adds the namespace to i18next. The app initialises i18next after its modules are evaluated (the board page is
 * loaded lazily, but tests and other entry points may import this first), so this runs at import when i18next is
 * ready and otherwise as soon as it is.
 */
export function registerGridStrings(): void {
  if (!i18next.store || i18next.hasResourceBundle('en', GRID_NS)) return
  for (const [language, strings] of Object.entries(gridStrings)) {
    i18next.addResourceBundle(language, GRID_NS, strings, true, true)
  }
}

if (i18next.store) registerGridStrings()
else i18next.on('initialized', registerGridStrings)

/** Translates outside React, in the UI language. */
export function translateGrid(key: GridKey, vars?: Record<string, unknown>): string {
  registerGridStrings()
  return (i18next.t as unknown as LooseT)(key, { ...vars, ns: GRID_NS })
}

/** A translator for the grid namespace that re-renders the component when the UI language changes. */
export function useGridT(): GridT {
  // The app's i18next types know only its default namespace; the grid's keys are typed by `GridKey` instead.
  const { i18n } = useTranslation(GRID_NS as never)
  registerGridStrings()
  const language = i18n.language
  return useCallback(
    (key, vars) => (i18n.t as unknown as LooseT)(key, { ...vars, ns: GRID_NS, lng: language }),
    [i18n, language],
  )
}
