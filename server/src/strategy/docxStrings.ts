import { getStrategyLabels, type Locale } from '@cxmap/shared'

/** The DOCX's own labels (the part titles, groups and stages come from shared `getStrategyTexts`). */
const en = {
  subtitle: 'CX strategy for management',
  board: 'Board',
  date: 'Date',
  contents: 'The ten parts',
  status: { complete: 'Complete', partial: 'Partial', missing: 'Missing' },
  statusLabel: 'Completeness',
  missingTitle: 'What is missing',
  where: {
    board: 'add it on the map',
    roadmap: 'add it on the roadmap',
    strategy: 'write it on the strategy page',
    personas: 'add it in the personas panel',
    stakeholders: 'add it in the stakeholder matrix',
  },
  none: '—',
  maturity: 'CX maturity',
  maturityStage: 'Stage: {stage}',
  maturityNone: 'No stage reached yet',
  body: getStrategyLabels('en'),
}

/** The DOCX labels in one language. */
export type DocxStrings = typeof en

const ru: DocxStrings = {
  subtitle: 'CX-стратегия для руководства',
  board: 'Доска',
  date: 'Дата',
  contents: 'Десять частей',
  status: { complete: 'Готово', partial: 'Частично', missing: 'Нет данных' },
  statusLabel: 'Полнота',
  missingTitle: 'Чего не хватает',
  where: {
    board: 'добавить на карте',
    roadmap: 'добавить в дорожной карте',
    strategy: 'написать на странице стратегии',
    personas: 'добавить в панели персон',
    stakeholders: 'добавить в матрице заинтересованных лиц',
  },
  none: '—',
  maturity: 'Зрелость CX',
  maturityStage: 'Этап: {stage}',
  maturityNone: 'Ни один этап пока не достигнут',
  body: getStrategyLabels('ru'),
}

/** The DOCX labels in `locale`. */
export function getDocxStrings(locale: Locale): DocxStrings {
  return locale === 'ru' ? ru : en
}
