import type { StageMetric } from '@cxmap/shared'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Editor } from 'tldraw'
import { afterEach, beforeEach, expect, test } from 'vitest'
import type { JourneyGridShape } from './JourneyGridShapeUtil'
import { GridSvg } from './gridSvg'
import { addGrid, createHeadlessEditor, makeGridProps } from './test/headlessEditor'

let editor: Editor
beforeEach(async () => {
  editor = await createHeadlessEditor()
})
afterEach(() => editor.dispose())

const metric = (kind: StageMetric['kind'], current: number | null, target: number | null): StageMetric => ({
  id: `m-${kind}`,
  kind,
  label: '',
  current,
  target,
})

test('the exported grid shows the metrics that have a value and leaves out the ones with none', () => {
  const props = makeGridProps(1, 1)
  props.headerH = 120
  props.stages[0]!.w = 400
  props.stages[0]!.metrics = [metric('CES', null, null), metric('NPS', 12, 30)]
  const shape = editor.getShape(addGrid(editor, props)) as JourneyGridShape
  const svg = renderToStaticMarkup(createElement(GridSvg, { shape, editor }))
  expect(svg).toContain('NPS')
  expect(svg).not.toContain('CES')
})
