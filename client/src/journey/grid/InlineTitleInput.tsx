import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useEditor } from 'tldraw'

const FOCUS_GRACE_MS = 300

/**
 * A title edited in place while the grid is tldraw's editing shape: Enter or leaving the field saves, Escape
 * cancels. Keys stay in the field (tldraw's shortcuts never see them), as in tldraw's own text editing.
 */
export function InlineTitleInput({
  value,
  label,
  onCommit,
}: {
  value: string
  label: string
  onCommit: (title: string) => void
}) {
  const editor = useEditor()
  const [draft, setDraft] = useState(value)
  const draftRef = useRef(draft)
  const isDoneRef = useRef(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const mountedAtRef = useRef(0)
  const onCommitRef = useRef(onCommit)
  onCommitRef.current = onCommit

  function commit() {
    if (isDoneRef.current) return
    isDoneRef.current = true
    const title = draftRef.current.trim()
    if (title !== value.trim()) onCommitRef.current(title)
  }
  const commitRef = useRef(commit)
  commitRef.current = commit

  useEffect(() => {
    isDoneRef.current = false
    mountedAtRef.current = performance.now()
    const focus = () => {
      inputRef.current?.focus()
      inputRef.current?.select()
    }
    focus()
    const frame = requestAnimationFrame(focus)
    // Editing also ends when tldraw leaves its editing state (a click elsewhere): save then too.
    return () => {
      cancelAnimationFrame(frame)
      commitRef.current()
    }
  }, [])

  function handleBlur() {
    // The double-click that opened the field ends with tldraw focusing its container; take the focus back.
    if (performance.now() - mountedAtRef.current < FOCUS_GRACE_MS) {
      requestAnimationFrame(() => inputRef.current?.focus())
      return
    }
    commit()
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    event.stopPropagation()
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault()
      commit()
      editor.complete()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      isDoneRef.current = true
      editor.cancel()
    }
  }

  return (
    <input
      ref={inputRef}
      className="cx-grid__input"
      aria-label={label}
      value={draft}
      maxLength={200}
      onChange={(event) => {
        draftRef.current = event.target.value
        setDraft(event.target.value)
      }}
      onKeyDown={handleKeyDown}
      onKeyUp={(event) => event.stopPropagation()}
      onPointerDown={(event) => event.stopPropagation()}
      onBlur={handleBlur}
    />
  )
}
