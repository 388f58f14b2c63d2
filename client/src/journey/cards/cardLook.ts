import type { CardKind } from '@cxmap/shared'

/** How a card kind looks: a soft background, a border and an accent for its icon and label. */
export interface CardLook {
  background: string
  border: string
  accent: string
}

/** The look of every card kind: distinct soft hues, each accent readable on its own background. */
export const CARD_LOOKS: Record<CardKind, CardLook> = {
  touchpoint: { background: '#eaf2ff', border: '#bcd3fb', accent: '#2563c9' },
  goal: { background: '#f1ecff', border: '#d3c6fb', accent: '#6d3fd6' },
  feeling: { background: '#ffeef4', border: '#f5c2d4', accent: '#c2255c' },
  step: { background: '#e7f6f3', border: '#b4e2d8', accent: '#0b7a6a' },
  expectation: { background: '#fff7db', border: '#efd68a', accent: '#8f6100' },
  barrier: { background: '#ffece9', border: '#f6c1b8', accent: '#c92a2a' },
  idea: { background: '#ecf9e6', border: '#c3e8b4', accent: '#2b8a3e' },
  channel: { background: '#e6f6fc', border: '#b3e0f2', accent: '#0b7285' },
  message: { background: '#fff1e6', border: '#f8cfae', accent: '#c2570c' },
  note: { background: '#f5f6f8', border: '#d9dde3', accent: '#4b5563' },
  monetisation: { background: '#f3f8dc', border: '#d2e08f', accent: '#5a7000' },
}

/** Fill of the severity pips, from minor (1) to critical (5). */
export const SEVERITY_COLORS = ['#f0b400', '#f59f00', '#f76707', '#e8590c', '#c92a2a'] as const

/** Colour of each feeling score, from −2 to +2. */
export const SCORE_COLORS = ['#c92a2a', '#f76707', '#868e96', '#74b816', '#2f9e44'] as const

/** Black or white, whichever reads better on a `#rrggbb` background (WCAG relative luminance). */
export function getReadableTextColor(background: string): '#1f2328' | '#ffffff' {
  const match = /^#?([0-9a-f]{6})$/i.exec(background.trim())
  if (!match?.[1]) return '#1f2328'
  const value = parseInt(match[1], 16)
  const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((channel) => {
    const c = channel / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  const [r = 0, g = 0, b = 0] = channels
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
  // Contrast against white (1.05 / (L + 0.05)) beats contrast against near-black below L ≈ 0.18.
  return luminance > 0.18 ? '#1f2328' : '#ffffff'
}
