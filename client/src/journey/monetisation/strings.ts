import i18next, { type TFunction } from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

/** The i18next namespace of monetisation at touchpoints. */
export const MONETISATION_NS = 'monetisation'

const en = {
  button: 'Monetisation of this card',
  title: 'Monetisation',
  valueCreated: 'Value created',
  valueCreatedPlaceholder: 'What the client gains here',
  valueCaptured: 'Value captured',
  valueCapturedPlaceholder: 'What the company earns or saves',
  paidService: 'Paid service offered',
  paidServicePlaceholder: 'e.g. express delivery',
  revenue: 'Revenue estimate, per month',
  revenuePlaceholder: '0',
  invalidRevenue: 'Enter a number of 0 or more; the last valid one is kept.',
  perMonth: '{{value}}/mo',
  summary: 'Revenue estimate {{value}} per month',
  close: 'Close',
  layer: 'Heat map layer',
  pain: 'Pain',
  opportunity: 'Opportunity',
  opportunityLegend: 'Opportunity per cell (revenue estimate, else monetisation cards)',
  opportunityNone: 'No monetisation on the map yet: add Monetisation cards or fill a touchpoint’s revenue.',
  stageSum: 'Revenue of the stage: {{value}} per month',
  stageSumShort: 'Σ {{value}}',
  opportunities_one: '{{count}} opportunity',
  opportunities_other: '{{count}} opportunities',
  printTitle: 'Opportunity: monetisation at touchpoints',
  printLegend:
    'Opportunity of a cell: the revenue estimate (per month) of its touchpoint and monetisation cards; the count of monetisation ideas where no revenue is estimated.',
  printLow: 'small',
  printHigh: 'largest ({{max}})',
  printTotal: 'Per month',
}

/** The strings of the monetisation namespace; every language has the same keys. */
export type MonetisationMessages = typeof en

const ru: MonetisationMessages & { opportunities_few: string; opportunities_many: string } = {
  button: 'Монетизация карточки',
  title: 'Монетизация',
  valueCreated: 'Ценность для клиента',
  valueCreatedPlaceholder: 'Что клиент получает здесь',
  valueCaptured: 'Ценность для компании',
  valueCapturedPlaceholder: 'Что компания зарабатывает или экономит',
  paidService: 'Платная услуга',
  paidServicePlaceholder: 'например, экспресс-доставка',
  revenue: 'Оценка выручки в месяц',
  revenuePlaceholder: '0',
  invalidRevenue: 'Введите число от 0; сохранено последнее верное значение.',
  perMonth: '{{value}}/мес',
  summary: 'Оценка выручки {{value}} в месяц',
  close: 'Закрыть',
  layer: 'Слой тепловой карты',
  pain: 'Боль',
  opportunity: 'Возможности',
  opportunityLegend: 'Возможности в ячейке (оценка выручки, иначе число карточек монетизации)',
  opportunityNone: 'Монетизации на карте пока нет: добавьте карточки «Монетизация» или выручку точке контакта.',
  stageSum: 'Выручка этапа: {{value}} в месяц',
  stageSumShort: 'Σ {{value}}',
  opportunities_one: '{{count}} возможность',
  opportunities_few: '{{count}} возможности',
  opportunities_many: '{{count}} возможностей',
  opportunities_other: '{{count}} возможности',
  printTitle: 'Возможности: монетизация точек контакта',
  printLegend:
    'Возможности ячейки: оценка выручки (в месяц) её точек контакта и карточек монетизации; где выручка не оценена — число идей монетизации.',
  printLow: 'мало',
  printHigh: 'больше всего ({{max}})',
  printTotal: 'В месяц',
}

/** The monetisation strings in every UI language. */
export const monetisationStrings = { en, ru }

/** A key of the monetisation namespace (plural keys are used by their base name with `count`). */
export type MonetisationKey = Exclude<keyof MonetisationMessages, `${string}_one` | `${string}_other`> | 'opportunities'

/** Translates a key of the monetisation namespace. */
export type MonetisationT = (key: MonetisationKey, vars?: Record<string, unknown>) => string

type LooseT = (key: string, options: Record<string, unknown>) => string

/** Adds the namespace to i18next once it exists (the app initialises i18next after its modules load). */
export function registerMonetisationStrings(): void {
  if (!i18next.store || i18next.hasResourceBundle('en', MONETISATION_NS)) return
  for (const [language, strings] of Object.entries(monetisationStrings)) {
    i18next.addResourceBundle(language, MONETISATION_NS, strings, true, true)
  }
}

/** A translator for the monetisation namespace that re-renders the component when the UI language changes. */
export function useMonetisationT(): MonetisationT {
  const { i18n } = useTranslation()
  registerMonetisationStrings()
  const language = i18n.language
  return useCallback(
    (key, vars) => (i18n.t as unknown as LooseT)(key, { ...vars, ns: MONETISATION_NS, lng: language }),
    [i18n, language],
  )
}

/** A translator fixed to one language (the print view writes in the board's language, whatever the UI's). */
export function createMonetisationT(lang: 'en' | 'ru'): MonetisationT {
  registerMonetisationStrings()
  const fixed = i18next.getFixedT(lang) as TFunction as unknown as LooseT
  return (key, vars) => fixed(key, { ...vars, ns: MONETISATION_NS })
}
