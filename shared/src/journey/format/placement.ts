import type { ShapeNode } from './parseShapes.ts'

/** Where a shape's local origin is on its page, and how it is turned. */
export interface PageTransform {
  pageId: string
  x: number
  y: number
  rotation: number
}

/** A point. */
export interface Point {
  x: number
  y: number
}

const PAGE_ID_PREFIX = 'page:'

/**
 * A shape's transform in page space, composed through its parents (frames, groups); null when the parent chain is
 * broken (a missing parent) or loops. A parent id starting with `page:` is a page, whether or not its record is there.
 */
export function getPageTransform(node: ShapeNode, nodes: ReadonlyMap<string, ShapeNode>): PageTransform | null {
  const chain: ShapeNode[] = [node]
  const seen = new Set([node.id])
  let parentId = node.parentId
  while (!parentId.startsWith(PAGE_ID_PREFIX)) {
    const parent = nodes.get(parentId)
    if (!parent || seen.has(parent.id)) return null
    seen.add(parent.id)
    chain.push(parent)
    parentId = parent.parentId
  }
  let transform: PageTransform = { pageId: parentId, x: 0, y: 0, rotation: 0 }
  for (let i = chain.length - 1; i >= 0; i--) {
    const shape = chain[i] as ShapeNode
    const origin = toPage(transform, shape)
    transform = { pageId: parentId, x: origin.x, y: origin.y, rotation: transform.rotation + shape.rotation }
  }
  return transform
}

/** A point given in a shape's local space, in page space. */
export function toPage(transform: PageTransform, local: Point): Point {
  const turned = rotate(local, transform.rotation)
  return { x: transform.x + turned.x, y: transform.y + turned.y }
}

/** A page-space point in a shape's local space (its top-left corner is 0,0). */
export function toLocal(transform: PageTransform, page: Point): Point {
  return rotate({ x: page.x - transform.x, y: page.y - transform.y }, -transform.rotation)
}

// Unrotated shapes (nearly all) skip the trigonometry, so that a point exactly on a border stays exactly on it.
function rotate(point: Point, angle: number): Point {
  if (angle === 0) return point
  const cos = Math.cos(angle)
  const sin = Math.sin(angle)
  return { x: point.x * cos - point.y * sin, y: point.x * sin + point.y * cos }
}
