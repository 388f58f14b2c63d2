import { getStrategyTexts, STAKEHOLDER_GROUPS, type StakeholderGroup, type StrategyTexts } from '@cxmap/shared'
import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { isLocale } from '../../state/localeStore'

/** The i18next namespace of the stakeholder matrix. */
export const STAKEHOLDERS_NS = 'stakeholders'

const en = {
  button: 'Stakeholders',
  title: 'Stakeholder matrix',
  hint: 'Who has a stake in the CX programme, what each wants, where their wishes clash and whose wish wins.',
  close: 'Close',
  columns: {
    group: 'Group',
    name: 'Who',
    wants: 'What they want',
    conflicts: 'Conflicts with',
    priority: 'Whose wish wins',
    ifSuccess: 'If the CX programme succeeds',
  },
  namePlaceholder: 'Name the stakeholder',
  wantsPlaceholder: 'What they expect from the programme',
  conflictsPlaceholder: 'What the conflict is about',
  ifSuccessPlaceholder: 'What changes for them',
  priorityValue: 'Priority {{value}} of 5',
  priorityHint: '5 = their wish wins',
  addConflict: 'Add a stakeholder they conflict with',
  removeConflict: 'Remove the conflict with {{name}}',
  noOthers: 'No other stakeholders yet',
  unnamed: 'Unnamed',
  add: 'Add a stakeholder',
  insertTemplate: 'Insert the template',
  insertTemplateHint: 'Adds the five usual groups: shareholders, clients, departments, partners, regulator',
  templateInserted: 'Every group of the template is in the matrix',
  remove: 'Remove {{name}}',
  confirmRemove: 'Remove this stakeholder?',
  yes: 'Remove',
  no: 'Keep',
  empty: 'No stakeholders yet.',
  emptyReadonly: 'No stakeholders yet: an editor of the board can add them.',
  readOnly: 'Read only',
}

/** The strings of the stakeholders namespace; every language has the same keys. */
export type StakeholdersMessages = typeof en

const ru: StakeholdersMessages = {
  button: 'Стейкхолдеры',
  title: 'Матрица заинтересованных лиц',
  hint: 'Кто заинтересован в CX-программе, чего хочет каждый, где их желания сталкиваются и чьё желание важнее.',
  close: 'Закрыть',
  columns: {
    group: 'Группа',
    name: 'Кто',
    wants: 'Чего хотят',
    conflicts: 'Конфликтует с',
    priority: 'Чьё желание важнее',
    ifSuccess: 'Если CX-программа успешна',
  },
  namePlaceholder: 'Назовите заинтересованное лицо',
  wantsPlaceholder: 'Чего ждут от программы',
  conflictsPlaceholder: 'В чём конфликт',
  ifSuccessPlaceholder: 'Что изменится для них',
  priorityValue: 'Приоритет {{value}} из 5',
  priorityHint: '5 — их желание важнее',
  addConflict: 'Добавить, с кем конфликтует',
  removeConflict: 'Убрать конфликт с «{{name}}»',
  noOthers: 'Других заинтересованных лиц пока нет',
  unnamed: 'Без названия',
  add: 'Добавить заинтересованное лицо',
  insertTemplate: 'Вставить шаблон',
  insertTemplateHint: 'Добавит пять обычных групп: акционеры, клиенты, подразделения, партнёры, регулятор',
  templateInserted: 'Все группы шаблона уже в матрице',
  remove: 'Удалить «{{name}}»',
  confirmRemove: 'Удалить это заинтересованное лицо?',
  yes: 'Удалить',
  no: 'Оставить',
  empty: 'Заинтересованных лиц пока нет.',
  emptyReadonly: 'Заинтересованных лиц пока нет: их может добавить редактор доски.',
  readOnly: 'Только чтение',
}

/** The stakeholder matrix's strings in every UI language. */
export const stakeholdersStrings = { en, ru }

/** Dot paths of every string in the namespace, e.g. `columns.name`. */
type PathsOf<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${PathsOf<T[K]>}`
}[keyof T & string]

/** A key of the stakeholders namespace. */
export type StakeholdersKey = PathsOf<StakeholdersMessages>

/** Translates a key of the stakeholders namespace. */
export type StakeholdersT = (key: StakeholdersKey, vars?: Record<string, unknown>) => string

type LooseT = (key: string, options: Record<string, unknown>) => string

/** Adds the namespace to i18next once it exists (the app initialises i18next after its modules load). */
export function registerStakeholdersStrings(): void {
  if (!i18next.store || i18next.hasResourceBundle('en', STAKEHOLDERS_NS)) return
  for (const [language, strings] of Object.entries(stakeholdersStrings)) {
    i18next.addResourceBundle(language, STAKEHOLDERS_NS, strings, true, true)
  }
}

/** A translator for the stakeholders namespace that re-renders the component when the UI language changes. */
export function useStakeholdersT(): StakeholdersT {
  const { i18n } = useTranslation()
  registerStakeholdersStrings()
  const language = i18n.language
  return useCallback(
    (key, vars) => (i18n.t as unknown as LooseT)(key, { ...vars, ns: STAKEHOLDERS_NS, lng: language }),
    [i18n, language],
  )
}

/** The strategy's shared texts (group names, their prompts) in the UI language. */
export function useStrategyTexts(): StrategyTexts {
  const { i18n } = useTranslation()
  return getStrategyTexts(isLocale(i18n.language) ? i18n.language : 'en')
}

/** The groups in the matrix's order, for a select. */
export const GROUP_OPTIONS: readonly StakeholderGroup[] = STAKEHOLDER_GROUPS
