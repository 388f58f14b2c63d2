import {
  getClosedCounts,
  readAllRecords,
  readDocDepartments,
  readJourney,
  readRoadmap,
  readStrategy,
  readStrategyDoc,
  readWorkshop,
  LOCALES,
  type DocKind,
  type Journey,
  type Locale,
  type StrategyDoc,
  type StrategyReport,
} from '@cxmap/shared'
import * as Y from 'yjs'
import type { BoardStore } from '../storage/types.ts'

/** Where a board's synced docs are read from for an export or a check. */
export interface BoardDocSource {
  store: BoardStore
  /** The state of a loaded room's doc, all of it stored; `null` when no room holds it. */
  readLoadedDoc(boardId: string, kind: DocKind): Promise<Uint8Array | null>
}

/** A {@link BoardDocSource} that can also read a loaded room's doc in place. */
export interface LiveDocSource extends BoardDocSource {
  /** What `read` (synchronous) makes of a loaded room's doc once all of it is stored; `null` when no room holds it. */
  readLoadedDocWith<T>(boardId: string, kind: DocKind, read: (doc: Y.Doc) => T): Promise<{ value: T } | null>
}

/** One of the board's synced docs as it is now: from its loaded room if any, else storage (the caller destroys it). */
export async function loadBoardDoc(source: BoardDocSource, boardId: string, kind: DocKind = 'board'): Promise<Y.Doc> {
  const live = await source.readLoadedDoc(boardId, kind)
  if (!live) return loadStoredBoardDoc(source.store, boardId, kind)
  const doc = new Y.Doc()
  Y.applyUpdate(doc, live)
  return doc
}

/**
 * What `read` (synchronous, keeping nothing of the doc) makes of one of the board's synced docs as it is now: the loaded
 * room's own doc, not a copy (a copy of a board of 2,000 cards costs ~55 ms), else the doc loaded from storage.
 */
export async function readBoardDoc<T>(
  source: LiveDocSource,
  boardId: string,
  kind: DocKind,
  read: (doc: Y.Doc) => T,
): Promise<T> {
  const live = await source.readLoadedDocWith(boardId, kind, read)
  if (live) return live.value
  const doc = await loadStoredBoardDoc(source.store, boardId, kind)
  try {
    return read(doc)
  } finally {
    doc.destroy()
  }
}

async function loadStoredBoardDoc(store: BoardStore, boardId: string, kind: DocKind): Promise<Y.Doc> {
  const doc = new Y.Doc()
  const stored = await store.loadDoc(boardId, kind)
  Y.transact(doc, () => stored.updates.forEach((update) => Y.applyUpdate(doc, update)))
  return doc
}

/**
 * The board's structured journey (`readJourney`, the open data format of `shared/src/journey/format`), with the dots
 * of the last closed vote on its cards (and so in the cells' heat).
 */
export async function loadBoardJourney(source: LiveDocSource, boardId: string): Promise<Journey> {
  const counts = await readBoardDoc(source, boardId, 'control', readClosedVoteCounts)
  return readBoardDoc(source, boardId, 'board', (doc) => readBoardJourney(doc, counts))
}

/** The dots of the control doc's last closed vote per card, or null. */
export function readClosedVoteCounts(control: Y.Doc): VoteCounts {
  return getClosedCounts(readWorkshop(control).vote)
}

/** Dots per card id of the last closed vote; null when no vote was closed. */
type VoteCounts = Record<string, number> | null

/** The journey of a board doc, with the dots of the last closed vote (see {@link loadBoardJourney}). */
export function readBoardJourney(doc: Y.Doc, counts: VoteCounts, locale?: Locale): Journey {
  return readJourney(readAllRecords(doc), readDocDepartments(doc, locale), {
    ...(counts ? { getVotes: (cardId: string) => counts[cardId] ?? 0 } : {}),
  })
}

/** A board's journey with its stored strategy (stakeholders, personas, maturity, texts), read from one snapshot. */
export interface BoardJourneyWithStrategy {
  journey: Journey
  strategy: StrategyDoc
}

/** The board's journey (as {@link loadBoardJourney}) and its strategy doc, read from one snapshot of each doc. */
export async function loadBoardJourneyWithStrategy(
  source: LiveDocSource,
  boardId: string,
): Promise<BoardJourneyWithStrategy> {
  const counts = await readBoardDoc(source, boardId, 'control', readClosedVoteCounts)
  return readBoardDoc(source, boardId, 'board', (doc) => ({
    journey: readBoardJourney(doc, counts),
    strategy: readStrategyDoc(doc),
  }))
}

/** A board's CX strategy: the report of its ten parts and the strategy map it was read from (one snapshot). */
export interface BoardStrategy {
  report: StrategyReport
  strategy: StrategyDoc
}

/** The board's `StrategyReport` (docs/strategy-format.md) in `locale` (default departments named in it), and its doc. */
export async function loadBoardStrategy(
  source: LiveDocSource,
  boardId: string,
  locale: Locale,
): Promise<BoardStrategy> {
  const counts = await readBoardDoc(source, boardId, 'control', readClosedVoteCounts)
  return readBoardDoc(source, boardId, 'board', (doc) => {
    const departments = readDocDepartments(doc, locale)
    const journey = readBoardJourney(doc, counts, locale)
    const strategy = readStrategyDoc(doc)
    return { report: readStrategy({ journey, roadmap: readRoadmap(doc), departments, strategy, locale }), strategy }
  })
}

/**
 * The language of a CSV download: the `?lang=` asked for, else the board's own; `null` for a language we do not write
 * (the route answers 400).
 */
export function pickCsvLocale(requested: string | undefined, boardLocale: Locale): Locale | null {
  if (requested === undefined || requested === '') return boardLocale
  return (LOCALES as readonly string[]).includes(requested) ? (requested as Locale) : null
}
