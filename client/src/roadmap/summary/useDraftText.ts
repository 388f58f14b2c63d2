import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react'

/** How long typing pauses before the text is written to the doc. */
export const TEXT_WRITE_DELAY_MS = 300

/**
 * An input bound to a synced text: typing is written after a pause and on blur; while the input has focus a remote
 * change never replaces what the person is typing (it shows after blur).
 */
export function useDraftText(remote: string, write: (text: string) => void) {
  const [draft, setDraft] = useState(remote)
  const [isFocused, setFocused] = useState(false)
  const pending = useRef<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const writeRef = useRef(write)
  useEffect(() => {
    writeRef.current = write
  }, [write])

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (pending.current !== null) writeRef.current(pending.current)
    pending.current = null
  }, [])
  // An input removed while a write waits (the view closed) still saves what was typed.
  useEffect(() => flush, [flush])

  return {
    value: isFocused ? draft : remote,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const text = event.target.value
      setDraft(text)
      pending.current = text
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(flush, TEXT_WRITE_DELAY_MS)
    },
    onFocus: () => {
      setDraft(remote)
      setFocused(true)
    },
    onBlur: () => {
      flush()
      setFocused(false)
    },
  }
}
