import type * as Y from 'yjs'
import type { Locale } from '../../api.ts'
import { writeDocMeta } from '../../doc/docMeta.ts'
import { getRecordsMap, writeRecord } from '../../doc/recordDoc.ts'
import type { DocRecord } from '../../doc/recordFields.ts'
import { serializeBoardSchema } from '../boardSchema.ts'
import type { Department } from '../department.ts'
import { ensureRoadmap } from '../../roadmap/roadmapDoc.ts'
import { ensureStrategy } from '../../strategy/strategyDoc.ts'
import { writeDocDepartments } from '../departmentDoc.ts'
import type { TemplateId } from '../template.ts'
import { buildTemplate, type BuildTemplateOptions } from './buildTemplate.ts'

/** tldraw 5.4.2's document record of a new store, exactly. */
export const DEFAULT_DOCUMENT_RECORD = {
  gridSize: 10,
  name: '',
  meta: {},
  id: 'document:document',
  typeName: 'document',
} as const

/** tldraw 5.4.2's first page of a new store, exactly (a board's seed names it in the board's language). */
export const DEFAULT_PAGE_RECORD = { meta: {}, id: 'page:page', name: 'Page 1', index: 'a1', typeName: 'page' } as const

/** The first page's name in each language; `Page 1` is tldraw's own. */
export const DEFAULT_PAGE_NAMES: Record<Locale, string> = { en: 'Page 1', ru: 'Страница 1' }

/**
 * The name the first page should have on a board in `locale`, when it still has a default name of another language
 * (boards made before pages were named in the board's language); null when it needs no rename.
 */
export function getLocalizedPageName(name: string, locale: Locale): string | null {
  const wanted = DEFAULT_PAGE_NAMES[locale]
  return name !== wanted && Object.values(DEFAULT_PAGE_NAMES).includes(name) ? wanted : null
}

/** Everything a new board's doc starts with: the document and page records, the template's shapes, departments. */
export interface BoardSeed {
  records: DocRecord[]
  departments: Department[]
}

/** The seed of a new board made from a template: tldraw's default document and page (named in `locale`), then the template's shapes. */
export function buildBoardSeed(id: TemplateId, locale: Locale, options: BuildTemplateOptions = {}): BoardSeed {
  const { records, departments } = buildTemplate(id, locale, options)
  return {
    records: [
      { ...DEFAULT_DOCUMENT_RECORD, meta: {} },
      { ...DEFAULT_PAGE_RECORD, name: DEFAULT_PAGE_NAMES[locale], meta: {} },
      ...records,
    ],
    departments,
  }
}

/**
 * Writes a seed's records and departments, and creates the roadmap's and the strategy's sections, into a board doc in one transaction
 * (with `origin`, when given): sections made later by two first writers at once would replace each other. The meta
 * gets the board schema the records were built with, so that a board nobody opened before a later prop migration is
 * still migrated up when it is first opened.
 */
export function seedBoardDoc(doc: Y.Doc, seed: BoardSeed, origin?: unknown): void {
  const records = getRecordsMap(doc)
  doc.transact(() => {
    for (const record of seed.records) writeRecord(records, record)
    writeDocDepartments(doc, seed.departments)
    ensureRoadmap(doc)
    ensureStrategy(doc)
    writeDocMeta(doc, serializeBoardSchema(), origin)
  }, origin)
}
