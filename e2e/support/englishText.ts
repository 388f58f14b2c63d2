import type { Page } from '@playwright/test'

/** Names and abbreviations that stay in Latin letters in a Russian interface. */
export const ENGLISH_ALLOW_LIST: readonly string[] = [
  'CX',
  'CJM',
  'Map',
  'NPS',
  'CSI',
  'CES',
  'CSAT',
  'CR',
  'FCR',
  'LTV',
  'JTBD',
  'tldraw',
  'PDF',
  // The strategy's Word document: the format and the program are named as Russian users name them.
  'DOCX',
  'Word',
  'CLTV',
  'CSV',
  'JSON',
  'PNG',
  'SVG',
  'URL',
  // The board file's extension (`.cxmap.json`), printed as the file is named.
  'cxmap',
  // Keys as printed on keyboards and in tldraw's shortcut hints.
  'Ctrl',
  'Shift',
  'Alt',
  'Cmd',
  'Esc',
  'Enter',
  'Tab',
  'Del',
  'Delete',
  'Backspace',
  'Space',
]

/**
 * Parts of the page that are not the app's interface: tldraw's licence notice, shown only without a licence key (as in
 * tests), in English by tldraw's terms.
 */
const NOT_INTERFACE = '[data-testid="tl-watermark-unlicensed"]'

/** A piece of visible interface text with English words in it, and where it was found. */
export interface EnglishText {
  text: string
  /** `text`, or the attribute it came from (`title`, `aria-label`, `placeholder`). */
  source: string
  /** A short path to the element, e.g. `div.tlui-menu > button[data-testid=main-menu.undo]`. */
  where: string
}

/**
 * Every visible text node of the page, and every visible control's `title`, `aria-label` and `placeholder`, that holds
 * an English word: a word of two or more Latin letters not in the allow-list (plus `extraAllowed`, e.g. people's
 * names). Single letters and digits (`Q3`, `x`) are not words.
 */
export async function findEnglishText(page: Page, extraAllowed: readonly string[] = []): Promise<EnglishText[]> {
  const allowed = [...ENGLISH_ALLOW_LIST, ...extraAllowed].map((word) => word.toLowerCase())
  return page.evaluate(
    ({ allowed, skip }) => {
      const allowedWords = new Set(allowed)
      const isEnglish = (text: string) =>
        (text.match(/[A-Za-z][A-Za-z'’]+/g) ?? []).some((word) => !allowedWords.has(word.toLowerCase()))
      const isVisible = (element: Element) =>
        !element.closest(skip) &&
        element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
        element.getClientRects().length > 0
      const describe = (element: Element) => {
        const parts: string[] = []
        for (let node: Element | null = element; node && parts.length < 3; node = node.parentElement) {
          const testId = node.getAttribute('data-testid')
          const className = typeof node.className === 'string' ? node.className.split(/\s+/)[0] : ''
          parts.unshift(
            `${node.tagName.toLowerCase()}${className ? `.${className}` : ''}${testId ? `[data-testid=${testId}]` : ''}`,
          )
        }
        return parts.join(' > ')
      }
      const found: { text: string; source: string; where: string }[] = []
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? ''
        const parent = node.parentElement
        if (!text || !parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue
        if (isEnglish(text) && isVisible(parent)) found.push({ text, source: 'text', where: describe(parent) })
      }
      for (const element of Array.from(document.querySelectorAll('[title], [aria-label], [placeholder]'))) {
        for (const attribute of ['title', 'aria-label', 'placeholder']) {
          const text = element.getAttribute(attribute)?.trim()
          if (text && isEnglish(text) && isVisible(element))
            found.push({ text, source: attribute, where: describe(element) })
        }
      }
      return found
    },
    { allowed, skip: NOT_INTERFACE },
  )
}

/** The findings as lines for an assertion message. */
export function formatEnglishText(found: readonly EnglishText[]): string {
  return found.map((item) => `${item.source}: «${item.text}» at ${item.where}`).join('\n')
}
