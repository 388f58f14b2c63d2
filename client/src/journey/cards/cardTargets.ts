// Which of a card's controls are shown at a zoom, and how big, so every one stays a 24 px target on screen.
// Sizes here are "UI px": CSS px at the control's natural size, which the card counter-scales by 1/zoom (see
// cards.css, `--cx-ui`), so 1 UI px is 1 screen px whenever the zoom is below 1.

/** Smallest side of a control people click, on screen. */
export const MIN_TARGET_PX = 24
/** The counter-scale never grows past this (zoom 0.2): below it, a card shows no controls. */
export const MAX_UI_SCALE = 5
/** Gap between two controls, in UI px. */
export const CONTROL_GAP = 4
/** A card's padding at 100 % and zoomed out, in page units (cards.css `.cx-card`, `.cx-card--strip`). */
export const CARD_PAD_X = 10
export const STRIP_PAD_X = 4
export const CARD_PAD_Y = 12
/** A line of card text, in page units, and the kind row at natural size. */
const TEXT_LINE = 20
const KIND_ROW = 24
/** Width of the five severity pips or score faces side by side, in UI px. */
export const RATING_FULL_W = 5 * MIN_TARGET_PX

/** A control a card may show, highest priority first when room runs out. */
export type CardControl = 'add' | 'back' | 'rating' | 'chip' | 'badge'
const PRIORITY: readonly CardControl[] = ['add', 'back', 'rating', 'chip', 'badge']
/** Left-to-right order of the controls in the compact strip. */
const STRIP_ORDER: readonly (CardControl | 'more')[] = ['chip', 'rating', 'badge', 'more', 'back', 'add']

/** What a card holds: its size in page units and the controls it has right now, with their natural widths. */
export interface CardControlsInput {
  w: number
  h: number
  zoom: number
  /** Natural widths (UI px) of the controls present; a missing key is a control the card does not have. */
  widths: Partial<Record<CardControl, number>>
}

/**
 * How a card lays out its controls. `full`: the usual card (kind row, text, footer that wraps) at zoom ≥ 1.
 * `strip`: zoomed out, one row of counter-scaled controls at the bottom; those that do not fit fold into one "⋯"
 * target (`hasMore`). `none`: not even one target fits on the card.
 */
export interface CardControlsPlan {
  mode: 'full' | 'strip' | 'none'
  /** Counter-scale of the controls (CSS `--cx-ui`). */
  scale: number
  /** Controls shown, in display order (strip) or all present ones (full). */
  shown: CardControl[]
  hasMore: boolean
  /** Severity or score as five buttons, or as one button showing the current value. */
  rating: 'full' | 'compact'
  /** Whether the kind row (icon and name) and the text have room. */
  hasKindRow: boolean
  hasText: boolean
}

/** The counter-scale that keeps a control of natural size at least that size on screen, within its caps. */
export function getCardUiScale(zoom: number): number {
  if (!(zoom > 0)) return MAX_UI_SCALE
  return Math.min(MAX_UI_SCALE, Math.max(1, 1 / zoom))
}

/** Plans a card's controls for the zoom: which show, which fold into "⋯", whether text and the kind row fit. */
export function planCardControls({ w, h, zoom, widths }: CardControlsInput): CardControlsPlan {
  const scale = getCardUiScale(zoom)
  const present = PRIORITY.filter((control) => widths[control] !== undefined)
  if (scale === 1) {
    return { mode: 'full', scale, shown: present, hasMore: false, rating: 'full', hasKindRow: true, hasText: true }
  }
  const available = (w - 2 * STRIP_PAD_X) / scale
  const rowH = MIN_TARGET_PX * scale
  if (available < MIN_TARGET_PX || h - CARD_PAD_Y < rowH || MIN_TARGET_PX * scale * zoom < MIN_TARGET_PX - 0.01) {
    return { mode: 'none', scale, shown: [], hasMore: false, rating: 'compact', hasKindRow: false, hasText: false }
  }
  const { shown, hasMore, rating } = fitStrip(present, widths, available)
  const textRoom = h - CARD_PAD_Y - rowH - CONTROL_GAP * scale
  const hasKindRow = textRoom - KIND_ROW >= 2 * TEXT_LINE
  return { mode: 'strip', scale, shown, hasMore, rating, hasKindRow, hasText: textRoom >= TEXT_LINE }
}

/** Fits controls into one row of `available` UI px by priority; what does not fit leaves room for "⋯". */
function fitStrip(
  present: readonly CardControl[],
  widths: CardControlsInput['widths'],
  available: number,
): Pick<CardControlsPlan, 'shown' | 'hasMore' | 'rating'> {
  const widthOf = (control: CardControl, rating: 'full' | 'compact') =>
    control === 'rating' && rating === 'compact' ? MIN_TARGET_PX : Math.max(MIN_TARGET_PX, widths[control] ?? 0)
  const rowWidth = (controls: readonly CardControl[], rating: 'full' | 'compact') =>
    controls.reduce((sum, control) => sum + widthOf(control, rating), 0) +
    Math.max(0, controls.length - 1) * CONTROL_GAP
  for (const rating of ['full', 'compact'] as const) {
    if (rowWidth(present, rating) <= available) return { shown: order(present), hasMore: false, rating }
  }
  // Some must fold: "⋯" takes its place first, then controls by priority while they fit (a smaller one may
  // still fit after a larger one did not).
  let used = MIN_TARGET_PX
  const kept: CardControl[] = []
  for (const control of present) {
    const width = widthOf(control, 'compact')
    if (used + CONTROL_GAP + width > available) continue
    used += CONTROL_GAP + width
    kept.push(control)
  }
  // Room for one target only: the most wanted control rather than a lone "⋯".
  const [first] = present
  if (kept.length === 0 && first) return { shown: [first], hasMore: false, rating: 'compact' }
  return { shown: order(kept), hasMore: true, rating: 'compact' }
}

function order(controls: readonly CardControl[]): CardControl[] {
  return STRIP_ORDER.filter((c): c is CardControl => c !== 'more' && controls.includes(c))
}

/** Where "⋯" sits among the shown controls of a strip (index to insert at). */
export function getMoreIndex(shown: readonly CardControl[]): number {
  const before = STRIP_ORDER.slice(0, STRIP_ORDER.indexOf('more'))
  return shown.filter((control) => before.includes(control)).length
}

/** Whether two plans lay a card out the same (so a zoom step that changes nothing re-renders nothing). */
export function isSamePlan(a: CardControlsPlan, b: CardControlsPlan): boolean {
  return (
    a.mode === b.mode &&
    a.hasMore === b.hasMore &&
    a.rating === b.rating &&
    a.hasKindRow === b.hasKindRow &&
    a.hasText === b.hasText &&
    a.shown.join() === b.shown.join()
  )
}
