import type { Locale } from '@cxmap/shared'
import { useEffect } from 'react'
import { useEditor } from 'tldraw'
import { localizeNotificationsRegion } from './tldrawTranslations'

/** Puts into the UI language what tldraw's translations cannot reach (see {@link localizeNotificationsRegion}). */
export function TldrawLocaleFixes({ locale }: { locale: Locale }) {
  const editor = useEditor()
  useEffect(() => {
    // tldraw's UI mounts beside this component: wait a frame or two until its notifications region exists.
    let frame = 0
    let tries = 0
    const apply = () => {
      if (localizeNotificationsRegion(editor.getContainer(), locale) || ++tries > 30) return
      frame = requestAnimationFrame(apply)
    }
    apply()
    return () => cancelAnimationFrame(frame)
  }, [editor, locale])
  return null
}
