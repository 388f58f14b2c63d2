import type { TLUiTranslationKey } from 'tldraw'

/**
 * tldraw strings it has no translation for: the names of our shape types, which its screen-reader announcements
 * read as `tool.<type>` (e.g. «Барьер: …, tool.cx-card»). Merged into the UI overrides' translations.
 */
export const TLDRAW_EXTRA_TRANSLATIONS: Record<'en' | 'ru', Partial<Record<TLUiTranslationKey | string, string>>> = {
  en: { 'tool.cx-card': 'card', 'tool.cx-grid': 'journey grid', 'cx.notifications': 'Notifications (F8)' },
  ru: { 'tool.cx-card': 'карточка', 'tool.cx-grid': 'карта пути', 'cx.notifications': 'Уведомления (F8)' },
}

/**
 * Names tldraw's notifications region in the UI language: Radix labels it «Notifications (F8)» in English and tldraw
 * passes no label. Set on the element, which React leaves alone while its own (constant) value does not change.
 */
export function localizeNotificationsRegion(container: HTMLElement, locale: 'en' | 'ru'): boolean {
  const region = container.querySelector('[role="region"]:has(> .tlui-toast__viewport)')
  region?.setAttribute('aria-label', TLDRAW_EXTRA_TRANSLATIONS[locale]['cx.notifications'] ?? '')
  return region !== null
}
