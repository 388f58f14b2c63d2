export { MONETISED_KINDS } from '@cxmap/shared'

/** The monetisation fields of a card (see `JourneyCardProps`). */
export interface MonetisationFields {
  valueCreated: string
  valueCaptured: string
  paidService: string
  /** Estimate per month, ≥ 0; 0 = none. */
  revenue: number
}

/** Largest revenue estimate accepted, so that sums stay exact integers. */
export const MAX_REVENUE = 1e12

/**
 * A typed revenue estimate as a number: spaces (also narrow no-break ones) are thousands separators, a comma or a dot
 * the decimal mark; '' is 0. Null for anything else, a negative number or one over {@link MAX_REVENUE}.
 */
export function parseRevenue(input: string): number | null {
  const compact = input.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')
  if (compact === '') return 0
  if (!/^\d+(\.\d+)?$/.test(compact)) return null
  const value = Number(compact)
  return Number.isFinite(value) && value <= MAX_REVENUE ? value : null
}

/** A revenue estimate written short for a card or a label: `120K`, `1.5M` (en), `120 тыс.`, `1,5 млн` (ru). */
export function formatRevenueShort(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value)
}

/** A revenue estimate written in full with the locale's grouping: `120,000` (en), `120 000` (ru). */
export function formatRevenueFull(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)
}

/** Whether a card has anything of monetisation filled in. */
export function hasMonetisation(fields: MonetisationFields): boolean {
  return (
    fields.revenue > 0 ||
    fields.valueCreated.trim() !== '' ||
    fields.valueCaptured.trim() !== '' ||
    fields.paidService.trim() !== ''
  )
}

/**
 * Whether a card counts as a monetisation opportunity on the heat map: every monetisation card, and a touchpoint with
 * any monetisation field filled in.
 */
export function isOpportunityCard(card: MonetisationFields & { kind: string }): boolean {
  if (card.kind === 'monetisation') return true
  return card.kind === 'touchpoint' && hasMonetisation(card)
}
