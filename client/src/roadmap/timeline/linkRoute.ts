/** A box in the timeline's own coordinates (pixels from its top left corner). */
export interface Box {
  left: number
  top: number
  width: number
  height: number
}

/** A link between two bars, by their ids. */
export interface LinkEnds {
  from: string
  to: string
}

type Side = 'left' | 'right'

/** How far a link leaves a bar horizontally before it bends. */
const MIN_BEND_PX = 24
/** A link between bars in one column loops out to their right by this much (plus a little per pixel of height). */
const LOOP_PX = 22

function round(value: number): number {
  return Math.round(value * 10) / 10
}

function curve(x1: number, y1: number, c1: number, c2: number, x2: number, y2: number): string {
  return `M ${round(x1)} ${round(y1)} C ${round(c1)} ${round(y1)}, ${round(c2)} ${round(y2)}, ${round(x2)} ${round(y2)}`
}

/**
 * The sides a link leaves and enters by: right to left when the target is to the right, left to right when it is to
 * the left, right to right (a loop) when the bars overlap horizontally (one quarter).
 */
function sidesOf(from: Box, to: Box): [Side, Side] {
  if (to.left >= from.left + from.width) return ['right', 'left']
  if (to.left + to.width <= from.left) return ['left', 'right']
  return ['right', 'right']
}

/**
 * An SVG path for a link: a smooth curve with horizontal ends between the bars' facing sides (see {@link sidesOf}),
 * leaving at `fromY` and arriving at `toY` (the middles by default).
 */
export function routeLink(
  from: Box,
  to: Box,
  fromY = from.top + from.height / 2,
  toY = to.top + to.height / 2,
): string {
  const fromRight = from.left + from.width
  const toRight = to.left + to.width
  const [fromSide, toSide] = sidesOf(from, to)
  if (fromSide === 'right' && toSide === 'left') {
    const bend = Math.max(MIN_BEND_PX, (to.left - fromRight) / 2)
    return curve(fromRight, fromY, fromRight + bend, to.left - bend, to.left, toY)
  }
  if (fromSide === 'left') {
    const bend = Math.max(MIN_BEND_PX, (from.left - toRight) / 2)
    return curve(from.left, fromY, from.left - bend, toRight + bend, toRight, toY)
  }
  const loop = Math.max(fromRight, toRight) + LOOP_PX + Math.abs(toY - fromY) * 0.08
  return curve(fromRight, fromY, loop, loop, toRight, toY)
}

/**
 * Paths for many links (undefined where a bar is not measured). Links meeting one side of a bar are spread over its
 * height, ordered by where their other end is, so that they neither overlap nor cross at the bar.
 */
export function routeLinks(links: readonly LinkEnds[], boxes: ReadonlyMap<string, Box>): (string | undefined)[] {
  const ports = new Map<string, { link: number; end: 'from' | 'to'; otherY: number }[]>()
  const attach = (id: string, side: Side, port: { link: number; end: 'from' | 'to'; otherY: number }) => {
    const key = `${id}\n${side}`
    ports.set(key, [...(ports.get(key) ?? []), port])
  }
  links.forEach((link, index) => {
    const from = boxes.get(link.from)
    const to = boxes.get(link.to)
    if (!from || !to) return
    const [fromSide, toSide] = sidesOf(from, to)
    attach(link.from, fromSide, { link: index, end: 'from', otherY: to.top + to.height / 2 })
    attach(link.to, toSide, { link: index, end: 'to', otherY: from.top + from.height / 2 })
  })
  const ys = links.map(() => ({ from: 0, to: 0 }))
  for (const [key, list] of ports) {
    const box = boxes.get(key.split('\n')[0]!)!
    list.sort((a, b) => a.otherY - b.otherY || a.link - b.link)
    list.forEach((port, index) => {
      ys[port.link]![port.end] = box.top + (box.height * (index + 1)) / (list.length + 1)
    })
  }
  return links.map((link, index) => {
    const from = boxes.get(link.from)
    const to = boxes.get(link.to)
    return from && to ? routeLink(from, to, ys[index]!.from, ys[index]!.to) : undefined
  })
}
