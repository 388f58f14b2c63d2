/** Templates a board can be created from or have inserted (DOMAIN.md). */
export const TEMPLATE_IDS = ['base-cjm', 'target-map', 'communications', 'i-we-client', 'blank'] as const

/** One template id. */
export type TemplateId = (typeof TEMPLATE_IDS)[number]
