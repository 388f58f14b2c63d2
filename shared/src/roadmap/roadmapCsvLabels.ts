import type { Locale } from '../api.ts'
import type { InitiativeStatus, Necessity } from './initiative.ts'

/** Columns of the roadmap CSV, in order (the English header row). */
export const ROADMAP_CSV_COLUMNS = [
  'wave',
  'necessity',
  'title',
  'description',
  'owner',
  'horizon',
  'status',
  'depends_on',
  'parallel_with',
  'metrics',
  'sources',
  'stakeholders',
] as const

/** One column of the roadmap CSV. */
export type RoadmapCsvColumn = (typeof ROADMAP_CSV_COLUMNS)[number]

/** The words of the roadmap CSV in one language: headers, necessity and status names, and a removed source's mark. */
export interface RoadmapCsvLabels {
  headers: Record<RoadmapCsvColumn, string>
  necessity: Record<Necessity, string>
  status: Record<InitiativeStatus, string>
  removed: string
}

/** The roadmap CSV's words: the stable ids in English, Russian names on a Russian board. */
export const ROADMAP_CSV_LABELS: Record<Locale, RoadmapCsvLabels> = {
  en: {
    headers: Object.fromEntries(ROADMAP_CSV_COLUMNS.map((column) => [column, column])) as Record<
      RoadmapCsvColumn,
      string
    >,
    necessity: { 'absolutely-necessary': 'absolutely-necessary', urgent: 'urgent', desirable: 'desirable' },
    status: { idea: 'idea', planned: 'planned', 'in-progress': 'in-progress', done: 'done' },
    removed: 'removed',
  },
  ru: {
    headers: {
      wave: 'Волна',
      necessity: 'Необходимость',
      title: 'Инициатива',
      description: 'Описание',
      owner: 'Ответственный',
      horizon: 'Горизонт',
      status: 'Статус',
      depends_on: 'Зависит от',
      parallel_with: 'Параллельно с',
      metrics: 'Метрики',
      sources: 'Карточки с карты',
      stakeholders: 'Стейкхолдеры',
    },
    necessity: { 'absolutely-necessary': 'абсолютно необходимо', urgent: 'срочно', desirable: 'желательно' },
    status: { idea: 'идея', planned: 'запланировано', 'in-progress': 'в работе', done: 'готово' },
    removed: 'удалена',
  },
}
