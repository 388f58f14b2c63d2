import { useEffect, useState, type RefObject } from 'react'
import type { Box } from './linkRoute'

const NO_BOXES: ReadonlyMap<string, Box> = new Map()

/** The bars' boxes relative to the container's padding box, where the absolutely placed arrow layer starts. */
function readBoxes(container: HTMLElement): ReadonlyMap<string, Box> {
  const outer = container.getBoundingClientRect()
  const origin = { left: outer.left + container.clientLeft, top: outer.top + container.clientTop }
  const boxes = new Map<string, Box>()
  for (const element of container.querySelectorAll<HTMLElement>('[data-initiative-id]')) {
    const rect = element.getBoundingClientRect()
    boxes.set(element.dataset.initiativeId!, {
      left: rect.left - origin.left,
      top: rect.top - origin.top,
      width: rect.width,
      height: rect.height,
    })
  }
  return boxes
}

function isSameBoxes(a: ReadonlyMap<string, Box>, b: ReadonlyMap<string, Box>): boolean {
  if (a.size !== b.size) return false
  for (const [id, box] of a) {
    const other = b.get(id)
    if (
      !other ||
      other.left !== box.left ||
      other.top !== box.top ||
      other.width !== box.width ||
      other.height !== box.height
    ) {
      return false
    }
  }
  return true
}

/**
 * The boxes of the bars (`[data-initiative-id]`) inside a container, in its coordinates, re-measured whenever the
 * container or a bar changes size (window resize, text edited by someone else) and after each new `layout`.
 */
export function useBarBoxes(containerRef: RefObject<HTMLElement | null>, layout: unknown): ReadonlyMap<string, Box> {
  const [boxes, setBoxes] = useState(NO_BOXES)
  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    // A ResizeObserver reports every observed element once when observing starts, so this also measures the new layout.
    const observer = new ResizeObserver(() => {
      const next = readBoxes(container)
      setBoxes((previous) => (isSameBoxes(previous, next) ? previous : next))
    })
    observer.observe(container)
    for (const element of container.querySelectorAll('[data-initiative-id]')) observer.observe(element)
    return () => observer.disconnect()
  }, [containerRef, layout])
  return boxes
}
