import { CloseCode } from '@cxmap/shared'
import * as Y from 'yjs'
import { MissingState, RefusedUpdate } from './refusal.ts'

/** Where an item sits: its root's name, then the map key (or null for a list position) at each depth. */
export interface Location {
  root: string
  keys: (string | null)[]
  /** `owners[i]` is the item whose type holds depth `i + 1` (the doc's item, or one of the update's). */
  owners: Y.Item[]
}

/** An item of the update or of the doc, with where it lands. */
export interface LocatedItem {
  item: Y.Item
  at: Location
}

/** What an update does to a doc, resolved against the doc's current state. */
export interface UpdateChanges {
  /** New items that take effect (not already in the doc, not inside a deleted type). */
  inserts: LocatedItem[]
  /** Live items of the doc that the update deletes. */
  deletes: LocatedItem[]
  /** Whether an item (or owner) comes from the update rather than the doc. */
  isNew(item: Y.Item): boolean
  /** The values of a ContentAny item that survive the update's own deletions. */
  liveValues(item: Y.Item): unknown[]
  /** Whether the update deletes this id. */
  isDeletedByUpdate(id: Y.ID): boolean
  /** Whether the update deletes anything written by this client (when not, none of its ids is deleted by it). */
  deletesOf(client: number): boolean
}

type Struct = Y.Item | Y.GC | Y.Skip
type DeleteSet = { clients: Map<number, { clock: number; len: number }[]> }
/** A nesting deeper than any of our docs: a loop of origins or a hostile chain stops here. */
const MAX_DEPTH = 8
const DEAD = null

/**
 * Decodes a v1 update and resolves every item it adds or deletes against `doc`, without applying it. Throws
 * {@link RefusedUpdate} when the update cannot be decoded or needs state the doc lacks (it would stay pending).
 */
export function readUpdate(doc: Y.Doc, update: Uint8Array): UpdateChanges {
  let decoded: { structs: Struct[]; ds: DeleteSet }
  try {
    decoded = Y.decodeUpdate(update) as unknown as { structs: Struct[]; ds: DeleteSet }
  } catch {
    throw new RefusedUpdate('the update cannot be decoded', CloseCode.badMessage)
  }
  return new UpdateReader(doc, decoded.structs, decoded.ds).read()
}

class UpdateReader {
  private readonly byClient = new Map<number, Y.Item[]>()
  private readonly news = new Set<Y.Item>()
  private readonly located = new Map<Y.Item, Location | null | 'busy'>()

  constructor(
    private readonly doc: Y.Doc,
    private readonly structs: Struct[],
    private readonly ds: DeleteSet,
  ) {}

  read(): UpdateChanges {
    this.indexStructs()
    const inserts: LocatedItem[] = []
    for (const item of this.news) {
      this.requirePredecessors(item)
      if (item.id.clock + item.length <= Y.getState(this.doc.store, item.id.client)) continue
      const at = this.locate(item, 0)
      if (at) inserts.push({ item, at })
    }
    const deletes = this.readDeletes()
    return {
      inserts,
      deletes,
      isNew: (item) => this.news.has(item),
      liveValues: (item) => this.liveValues(item),
      isDeletedByUpdate: (id) => Y.isDeleted(this.ds as never, id),
      deletesOf: (client) => this.ds.clients.has(client),
    }
  }

  /** Indexes the update's items by client; an item starting past what the doc and update hold is missing state. */
  private indexStructs(): void {
    const known = new Map<number, number>()
    for (const struct of this.structs) {
      const { client, clock } = struct.id
      if (struct instanceof Y.Skip) continue
      const end = known.get(client) ?? Y.getState(this.doc.store, client)
      if (clock > end) throw new MissingState('the update needs changes the server does not have')
      known.set(client, Math.max(end, clock + struct.length))
      if (!(struct instanceof Y.Item)) continue
      this.news.add(struct)
      const list = this.byClient.get(client)
      if (list) list.push(struct)
      else this.byClient.set(client, [struct])
    }
  }

  private requirePredecessors(item: Y.Item): void {
    const parent: unknown = item.parent
    for (const id of [item.origin, item.rightOrigin, parent instanceof Y.ID ? parent : null]) {
      if (id && !this.find(id)) throw new MissingState('the update needs changes the server does not have')
    }
  }

  /** The struct holding `id`, in the update or the doc; undefined when neither has it. */
  private find(id: Y.ID): Y.Item | Y.GC | undefined {
    const list = this.byClient.get(id.client)
    if (list) {
      let low = 0
      let high = list.length - 1
      while (low <= high) {
        const mid = (low + high) >> 1
        const item = list[mid]!
        if (id.clock < item.id.clock) high = mid - 1
        else if (id.clock >= item.id.clock + item.length) low = mid + 1
        else return item
      }
    }
    if (id.clock >= Y.getState(this.doc.store, id.client)) return undefined
    const structs = this.doc.store.clients.get(id.client)!
    return structs[Y.findIndexSS(structs, id.clock)] as Y.Item | Y.GC
  }

  /** Where an item lands, or null when it takes no effect (its type is deleted or gone). */
  private locate(item: Y.Item, depth: number): Location | null {
    const known = this.located.get(item)
    if (known === 'busy' || depth > MAX_DEPTH) throw new RefusedUpdate('the update nests too deep')
    if (known !== undefined) return known
    this.located.set(item, 'busy')
    const at = this.resolve(item, depth)
    this.located.set(item, at)
    return at
  }

  private resolve(item: Y.Item, depth: number): Location | null {
    const parent = this.news.has(item) ? this.newParent(item, depth) : docParent(item)
    if (parent === DEAD) return DEAD
    const { root, owner, sub } = parent
    if (root !== undefined) return { root, keys: [sub], owners: [] }
    if (!this.news.has(owner) && (owner.deleted || !(owner.content instanceof Y.ContentType))) return DEAD
    const above = this.locate(owner, depth + 1)
    return above && { root: above.root, keys: [...above.keys, sub], owners: [...above.owners, owner] }
  }

  /** Parent of an update item, as Yjs would resolve it on integration. */
  private newParent(item: Y.Item, depth: number): Parent | null {
    const parent: unknown = item.parent
    if (typeof parent === 'string') return { root: parent, sub: item.parentSub }
    if (parent instanceof Y.ID) {
      const owner = this.find(parent)
      if (!(owner instanceof Y.Item) || !(owner.content instanceof Y.ContentType)) return DEAD
      return { owner, sub: item.parentSub }
    }
    const neighbourId = item.origin ?? item.rightOrigin
    if (!neighbourId) throw new RefusedUpdate('an item has no parent')
    const neighbour = this.find(neighbourId)
    if (!(neighbour instanceof Y.Item)) return DEAD
    if (!this.news.has(neighbour)) return docParent(neighbour)
    const at = this.locate(neighbour, depth + 1)
    if (!at) return DEAD
    const sub = at.keys[at.keys.length - 1] ?? null
    const owner = at.owners[at.owners.length - 1]
    return owner ? { owner, sub } : { root: at.root, sub }
  }

  /** Live doc items inside the update's delete set; deleted ids the doc and update both lack are missing state. */
  private readDeletes(): LocatedItem[] {
    const deletes: LocatedItem[] = []
    for (const [client, ranges] of this.ds.clients) {
      const state = Y.getState(this.doc.store, client)
      const structs = this.doc.store.clients.get(client)
      for (const { clock, len } of ranges) {
        if (clock + len > state && !this.coversEnd(client, clock + len)) {
          throw new MissingState('the update deletes changes the server does not have')
        }
        if (!structs || clock >= state) continue
        for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
          const struct = structs[i]!
          if (struct.id.clock >= clock + len) break
          if (!(struct instanceof Y.Item) || struct.deleted) continue
          const at = this.locate(struct, 0)
          if (at) deletes.push({ item: struct, at })
        }
      }
    }
    return deletes
  }

  private coversEnd(client: number, end: number): boolean {
    const list = this.byClient.get(client)
    const last = list?.[list.length - 1]
    return last !== undefined && last.id.clock + last.length >= end
  }

  private liveValues(item: Y.Item): unknown[] {
    if (!(item.content instanceof Y.ContentAny)) return []
    const { client, clock } = item.id
    return item.content.arr.filter((_, i) => !Y.isDeleted(this.ds as never, Y.createID(client, clock + i)))
  }
}

type Parent =
  { root: string; owner?: undefined; sub: string | null } | { root?: undefined; owner: Y.Item; sub: string | null }

function docParent(item: Y.Item): Parent | null {
  const type = item.parent
  if (!(type instanceof Y.AbstractType)) return DEAD
  if (type._item) return { owner: type._item, sub: item.parentSub }
  return { root: Y.findRootTypeKey(type), sub: item.parentSub }
}
