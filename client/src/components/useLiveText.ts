import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react'

/** How long typing pauses before a text field is written to the doc. */
export const TEXT_WRITE_DELAY_MS = 300

/**
 * A text field bound to a live value: while it has focus it shows what this person types (written after a short
 * pause and on blur) and ignores remote changes; once it loses focus it shows the live value again.
 */
export function useLiveText(remote: string, write: (value: string) => void) {
  const [draft, setDraft] = useState<string | null>(null)
  const pending = useRef<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const writeRef = useRef(write)
  writeRef.current = write

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (pending.current === null) return
    const value = pending.current
    pending.current = null
    writeRef.current(value)
  }, [])

  // A field that goes away (panel closed, another initiative opened) still saves what was typed.
  useEffect(() => flush, [flush])

  return {
    value: draft ?? remote,
    onFocus: () => setDraft((current) => current ?? remote),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = event.target.value
      setDraft(value)
      pending.current = value
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(flush, TEXT_WRITE_DELAY_MS)
    },
    onBlur: () => {
      flush()
      setDraft(null)
    },
  }
}
