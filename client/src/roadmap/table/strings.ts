/** Strings of the roadmap's table (i18next namespace `roadmap`, key prefix `table.`). */
const en = {
  label: 'Initiatives',
  filtersLabel: 'Filter the initiatives',
  all: 'All',
  metricFilter: 'Metric',
  search: 'Search',
  searchPlaceholder: 'Title or description',
  titleColumn: 'Initiative',
  stakeholdersColumn: 'Serves',
  total_one: '{{count}} initiative',
  total_other: '{{count}} initiatives',
  shown_one: '{{shown}} of {{count}} initiative',
  shown_other: '{{shown}} of {{count}} initiatives',
  clearFilters: 'Clear filters',
  noMatch: 'No initiatives match these filters.',
  sortBy: 'Sort by {{column}}',
  necessityOf: 'Necessity of “{{title}}”',
  statusOf: 'Status of “{{title}}”',
  none: '—',
}

// "из N инициатив": the genitive after «из» follows N (из 1 инициативы, из 2 инициатив, из 5 инициатив).
const ru: typeof en & { total_few: string; total_many: string; shown_few: string; shown_many: string } = {
  label: 'Инициативы',
  filtersLabel: 'Фильтры инициатив',
  all: 'Все',
  metricFilter: 'Метрика',
  search: 'Поиск',
  searchPlaceholder: 'Название или описание',
  titleColumn: 'Инициатива',
  stakeholdersColumn: 'В интересах',
  total_one: '{{count}} инициатива',
  total_few: '{{count}} инициативы',
  total_many: '{{count}} инициатив',
  total_other: '{{count}} инициативы',
  shown_one: '{{shown}} из {{count}} инициативы',
  shown_few: '{{shown}} из {{count}} инициатив',
  shown_many: '{{shown}} из {{count}} инициатив',
  shown_other: '{{shown}} из {{count}} инициативы',
  clearFilters: 'Сбросить фильтры',
  noMatch: 'Нет инициатив, подходящих под эти фильтры.',
  sortBy: 'Сортировать по столбцу «{{column}}»',
  necessityOf: 'Необходимость: «{{title}}»',
  statusOf: 'Статус: «{{title}}»',
  none: '—',
}

/** The table strings in every UI language. */
export const tableStrings = { en, ru }
