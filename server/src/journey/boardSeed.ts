import { buildBoardSeed, seedBoardDoc, type BoardSeed, type Locale, type TemplateId } from '@cxmap/shared'
import * as Y from 'yjs'

/** Builds the records and departments a new board starts with; injectable so tests can seed what they need. */
export type BuildSeed = (templateId: TemplateId, locale: Locale, options: { withExample: boolean }) => BoardSeed

/** The template seed of `@cxmap/shared`. */
export const buildTemplateSeed: BuildSeed = buildBoardSeed

/** A new board's canvas doc as one update: the seed written into a fresh Y.Doc, to store as the doc's first update. */
export function encodeBoardSeed(seed: BoardSeed): Uint8Array {
  const doc = new Y.Doc()
  try {
    seedBoardDoc(doc, seed)
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}
