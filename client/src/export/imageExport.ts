import { exportAs, type Editor, type TLShapeId } from 'tldraw'
import { fileStem } from '../api/download'

/** The image formats of tldraw's export that the menu offers. */
export type ImageFormat = 'png' | 'svg'

/** Padding around the exported shapes, in page pixels: grids draw their title bar 40 units above their bounds. */
const IMAGE_PADDING_PX = 48

/** What an image export takes: the selection, else every shape on the page (empty when the board is). */
export function getImageExportIds(editor: Editor): TLShapeId[] {
  const selected = editor.getSelectedShapeIds()
  return selected.length > 0 ? [...selected] : [...editor.getCurrentPageShapeIds()]
}

/**
 * Downloads the selection (or the whole board) as PNG or SVG through tldraw's own export, on a white background at
 * 100 % (PNG at twice the pixels for sharp print), named after the board.
 */
export async function exportBoardImage(editor: Editor, format: ImageFormat, title: string): Promise<void> {
  const ids = getImageExportIds(editor)
  if (ids.length === 0) return
  const isSelection = editor.getSelectedShapeIds().length > 0
  await exportAs(editor, ids, {
    format,
    name: isSelection ? `${fileStem(title)}-selection` : fileStem(title),
    background: true,
    darkMode: false,
    padding: IMAGE_PADDING_PX,
    scale: 1,
  })
}
