import { getStrategyLabels, type StrategyLabels } from '@cxmap/shared'

/**
 * The strategy page's strings (i18next namespace `strategy`); part titles come from shared `getStrategyTexts`, the
 * labels it shares with the DOCX from `getStrategyLabels`.
 */
const en = {
  page: {
    title: 'CX strategy',
    label: 'The CX strategy assembled from the board',
    intro:
      'The ten parts of the CX strategy management reads, filled from the board as it is now. Each part says what is missing and where to add it.',
    progress: '{{complete}} of {{total}} parts complete, {{partial}} partial',
    contents: 'Parts',
    readOnly: 'Read only: you can look, not change.',
    exportDocx: 'Download DOCX',
    exportFailed: 'The export failed: {{message}}',
  },
  status: { complete: 'Complete', partial: 'Partial', missing: 'Missing' },
  missing: {
    title: 'What is missing',
    add: {
      board: 'Add on the map',
      roadmap: 'Open the roadmap',
      strategy: 'Write it here',
      personas: 'Open personas',
      stakeholders: 'Open the stakeholder matrix',
    },
  },
  text: {
    stakeholders: 'Balance of interests',
    stakeholdersPlaceholder: 'Whose wishes win where they conflict, and why; what each group gains if CX succeeds…',
    sustainability: 'Sustainable development: ethics, trust, empathy',
    sustainabilityPlaceholder:
      'How the programme keeps the client’s trust: ethical rules, honest communication, empathy in service…',
    note: 'Notes',
    notePlaceholder: 'Notes for this part…',
  },
  body: toI18next(getStrategyLabels('en')),
  maturity: {
    title: 'CX maturity',
    hint: 'Tick what is true of the company today: the assessment places it on the path and proposes where to start.',
    stage: 'The company is at the stage «{{stage}}».',
    noStage: 'No stage reached yet.',
    next: 'Next: «{{stage}}».',
    templates: 'Templates to start with:',
    parts: 'Parts to start with:',
  },
}

/** The page's strings in every UI language. */
export type StrategyMessages = typeof en

const ru: StrategyMessages = {
  page: {
    title: 'CX-стратегия',
    label: 'CX-стратегия, собранная с доски',
    intro:
      'Десять частей CX-стратегии для руководства, заполненные с доски как она есть сейчас. Каждая часть показывает, чего не хватает и где это добавить.',
    progress: 'Готово частей: {{complete}} из {{total}}, частично: {{partial}}',
    contents: 'Части',
    readOnly: 'Только просмотр: смотреть можно, менять нельзя.',
    exportDocx: 'Скачать DOCX',
    exportFailed: 'Не удалось выгрузить: {{message}}',
  },
  status: { complete: 'Готово', partial: 'Частично', missing: 'Нет данных' },
  missing: {
    title: 'Чего не хватает',
    add: {
      board: 'Добавить на карте',
      roadmap: 'Открыть дорожную карту',
      strategy: 'Написать здесь',
      personas: 'Открыть персоны',
      stakeholders: 'Открыть матрицу заинтересованных лиц',
    },
  },
  text: {
    stakeholders: 'Баланс интересов',
    stakeholdersPlaceholder:
      'Чьи пожелания побеждают при конфликте и почему; что получит каждая группа, если CX-программа удастся…',
    sustainability: 'Устойчивое развитие: этика, доверие, эмпатия',
    sustainabilityPlaceholder:
      'Как программа сохраняет доверие клиента: этические правила, честные коммуникации, эмпатия в сервисе…',
    note: 'Заметки',
    notePlaceholder: 'Заметки к этой части…',
  },
  body: toI18next(getStrategyLabels('ru')),
  maturity: {
    title: 'Зрелость CX',
    hint: 'Отметьте, что верно для компании сегодня: оценка покажет этап развития и предложит, с чего начать.',
    stage: 'Компания на этапе «{{stage}}».',
    noStage: 'Ни один этап пока не достигнут.',
    next: 'Следующий: «{{stage}}».',
    templates: 'Шаблоны, с которых начать:',
    parts: 'Части, с которых начать:',
  },
}

/** The strategy page's strings by UI language. */
export const strategyStrings = { en, ru }

/** Shared labels with i18next's placeholders: `{name}` → `{{name}}`. */
function toI18next(labels: StrategyLabels): StrategyLabels {
  const entries = Object.entries(labels).map(([key, text]) => [key, text.replace(/\{(\w+)\}/g, '{{$1}}')])
  return Object.fromEntries(entries) as unknown as StrategyLabels
}
