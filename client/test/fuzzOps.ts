import { toRichText, type TLPageId, type TLRecord, type TLShape } from 'tldraw'
import { DEFAULT_PAGE_ID, makeArrow, makeArrowBinding, makeGeo, makeNote } from './fixtures'
import type { Prng } from './prng'
import type { TestPeer } from './testNetwork'

const COLORS = ['black', 'blue', 'green', 'red', 'violet', 'yellow'] as const
const WORDS = ['slow', 'checkout', 'call', 'centre', 'app', 'login', 'wait', 'refund', 'delivery', 'ok']
const DEPARTMENTS = ['sales', 'support', 'it', 'marketing']

/** One random user edit of a peer's store, as tldraw's editor would make it (source 'user'). */
export function applyRandomEdit(prng: Prng, peer: TestPeer, nextName: () => string): void {
  const { store } = peer
  const shapes = store
    .allRecords()
    .filter((record): record is TLShape => record.typeName === 'shape')
    .sort((a, b) => (a.id < b.id ? -1 : 1))
  const page = store.get(DEFAULT_PAGE_ID as TLPageId)
  if (page && prng.chance(0.03)) {
    store.put([{ ...page, name: `Journey ${prng.int(1, 9)}` }])
    return
  }
  const target = shapes.length > 0 && prng.chance(0.85) ? prng.pick(shapes) : null
  if (!target) {
    store.put([createRandomShape(prng, nextName())])
    return
  }
  const edit = prng.pick(EDITS)
  const records = edit(prng, target, shapes, nextName)
  if (records === 'delete') store.remove([target.id])
  else store.put(records)
}

type Edit = (prng: Prng, shape: TLShape, shapes: TLShape[], nextName: () => string) => TLRecord[] | 'delete'

const EDITS: Edit[] = [
  (prng, shape) => [{ ...shape, x: prng.int(-500, 500), y: prng.int(-500, 500) }],
  (prng, shape) => [{ ...shape, x: shape.x + prng.int(-5, 5) }],
  (prng, shape) => [{ ...shape, rotation: prng.int(0, 6) / 2, opacity: prng.int(1, 10) / 10 }],
  (prng, shape) => (shape.type === 'geo' ? [{ ...shape, props: { ...shape.props, w: prng.int(1, 400) } }] : []),
  (prng, shape) => (shape.type === 'geo' ? [{ ...shape, props: { ...shape.props, h: prng.int(1, 400) } }] : []),
  (prng, shape) =>
    shape.type === 'geo' || shape.type === 'note' || shape.type === 'arrow'
      ? [{ ...shape, props: { ...shape.props, richText: toRichText(randomText(prng)) } } as TLShape]
      : [],
  (prng, shape) =>
    'color' in shape.props ? [{ ...shape, props: { ...shape.props, color: prng.pick(COLORS) } } as TLShape] : [],
  (prng, shape) => [{ ...shape, meta: { ...shape.meta, department: prng.pick(DEPARTMENTS) } }],
  (prng, shape) => (prng.chance(0.5) ? [{ ...shape, meta: {} }] : []),
  () => 'delete',
  (prng, shape, _shapes, nextName) => {
    const arrow = makeArrow(nextName(), { x: prng.int(-500, 500), y: prng.int(-500, 500) })
    return [arrow, makeArrowBinding(nextName(), arrow.id, shape.id)]
  },
  (prng, shape) => [{ ...shape, isLocked: prng.chance(0.2) }],
]

function createRandomShape(prng: Prng, name: string): TLShape {
  const position = { x: prng.int(-500, 500), y: prng.int(-500, 500) }
  return prng.chance(0.5)
    ? makeGeo(name, { ...position, props: { ...makeGeo(name).props, color: prng.pick(COLORS) } })
    : makeNote(name, { ...position, props: { ...makeNote(name).props, richText: toRichText(randomText(prng)) } })
}

function randomText(prng: Prng): string {
  return Array.from({ length: prng.int(1, 4) }, () => prng.pick(WORDS)).join(' ')
}
