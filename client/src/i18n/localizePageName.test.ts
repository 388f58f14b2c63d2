import type { TLPageId } from 'tldraw'
import { expect, test } from 'vitest'
import { createHeadlessEditor } from '../../test/headlessEditor.ts'
import { localizeDefaultPageNames } from './localizePageName.ts'

test("an old board's «Page 1» becomes «Страница 1» on a Russian board, as no one's undo step", async () => {
  const editor = await createHeadlessEditor()
  const pageId = editor.getCurrentPageId()
  expect(editor.getPage(pageId)?.name).toBe('Page 1')
  localizeDefaultPageNames(editor, 'ru')
  expect(editor.getPage(pageId)?.name).toBe('Страница 1')
  expect(editor.getCanUndo()).toBe(false)
})

test('a page people named keeps its name, and an English board keeps «Page 1»', async () => {
  const editor = await createHeadlessEditor()
  const pageId = editor.getCurrentPageId()
  localizeDefaultPageNames(editor, 'en')
  expect(editor.getPage(pageId)?.name).toBe('Page 1')
  editor.updatePage({ id: pageId as TLPageId, name: 'Workshop' })
  localizeDefaultPageNames(editor, 'ru')
  expect(editor.getPage(pageId)?.name).toBe('Workshop')
})
