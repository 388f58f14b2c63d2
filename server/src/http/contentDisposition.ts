// Russian letters in order, and their ASCII transliteration (BGN/PCGN-like, without diacritics).
const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'
const LATIN = 'a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya'.split(' ')

const MAX_SLUG_LENGTH = 80

/** A file name stem from a title: lower-case letters (any script) and digits joined by `-`; `fallback` when empty. */
export function slugifyTitle(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '')
  return slug || fallback
}

/** The ASCII form of a slug: Cyrillic transliterated, accents dropped, anything else left out. */
export function toAsciiSlug(slug: string, fallback: string): string {
  // Transliterated before decomposing: NFKD would split й and ё into и and е plus a combining mark.
  const latin = [...slug.normalize('NFC')]
    .map((char) => {
      const index = CYRILLIC.indexOf(char)
      return index === -1 ? char : (LATIN[index] ?? '')
    })
    .join('')
  const ascii = latin
    .normalize('NFKD')
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
  return ascii || fallback
}

/**
 * `Content-Disposition: attachment` for `<stem>.<extension>`: an ASCII `filename` for every client, plus the exact
 * UTF-8 name as RFC 5987 `filename*` (which browsers prefer) when the stem is not plain ASCII.
 */
export function formatAttachmentDisposition(stem: string, extension: string, fallback: string): string {
  const asciiName = `${toAsciiSlug(stem, fallback)}.${extension}`
  const name = `${stem}.${extension}`
  if (name === asciiName) return `attachment; filename="${asciiName}"`
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeRfc5987(name)}`
}

// encodeURIComponent leaves ' ( ) * ! unescaped, which RFC 5987's attr-char does not allow (except !).
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
}
