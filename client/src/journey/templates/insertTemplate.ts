import { buildTemplate, getDepartmentsMap, writeDocDepartments, type Locale, type TemplateId } from '@cxmap/shared'
import { createShapeId, type Editor, type TLShapePartial } from 'tldraw'
import type * as Y from 'yjs'

/** Space between what the page already holds and an inserted template, in page units. */
const INSERT_GAP = 200

/**
 * Inserts a template's grid (and example cards) to the right of what the page holds, as one undoable step, adds the
 * template's departments the board lacks (renamed ones are kept), and brings the new grid into view.
 */
export function insertTemplate(
  editor: Editor,
  doc: Y.Doc,
  template: TemplateId,
  locale: Locale,
  options: { withExample?: boolean } = {},
): void {
  const pageBounds = editor.getCurrentPageBounds()
  const origin = pageBounds
    ? { x: Math.round(pageBounds.maxX + INSERT_GAP), y: Math.round(pageBounds.minY) }
    : { x: 0, y: 0 }
  const pageId = editor.getCurrentPageId()
  const build = buildTemplate(template, locale, {
    withExample: options.withExample ?? false,
    origin,
    idFactory: () => createShapeId().slice('shape:'.length),
    indexAfter: editor.getHighestIndexForParent(pageId),
  })
  if (build.records.length === 0) return
  // The builder's records are complete shape records of our two journey types; tldraw's partial type is a union
  // over every registered shape, which a plain record of a computed type cannot name without a cast.
  const shapes = build.records.map(
    (record) =>
      ({
        id: record.id,
        type: record.type,
        x: record.x,
        y: record.y,
        index: record.index,
        parentId: pageId,
        props: record.props,
      }) as unknown as TLShapePartial,
  )
  editor.markHistoryStoppingPoint('insert template')
  editor.run(() => editor.createShapes(shapes))
  const known = getDepartmentsMap(doc)
  writeDocDepartments(
    doc,
    build.departments.filter((department) => !known.has(department.id)),
  )
  const gridBounds = editor.getShapePageBounds(shapes[0]!.id)
  if (gridBounds) editor.zoomToBounds(gridBounds, { inset: 64, animation: { duration: 300 } })
}
