import { getLocalizedPageName, type Locale } from '@cxmap/shared'
import type { Editor } from 'tldraw'

/**
 * Renames pages that still carry a default name of another language («Page 1» on a Russian board, from before boards
 * named their page in their language). Decision: renamed at load by an editor rather than shown translated, so every
 * place tldraw shows the name (page menu, move-to-page) agrees; editors who load at once write the same value, which
 * merges into one. Not an undo step of anyone's.
 */
export function localizeDefaultPageNames(editor: Editor, locale: Locale): void {
  const renames = editor
    .getPages()
    .map((page) => ({ id: page.id, name: getLocalizedPageName(page.name, locale) }))
    .filter((rename): rename is { id: typeof rename.id; name: string } => rename.name !== null)
  if (renames.length === 0) return
  editor.run(() => renames.forEach((rename) => editor.updatePage(rename)), { history: 'ignore' })
}
