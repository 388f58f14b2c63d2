import { findStrategySection, getStrategyText, type StrategyPartId } from '@cxmap/shared'
import { useEffect, useMemo, useRef, useState } from 'react'
import * as Y from 'yjs'
import { diffText, transformPosition, type TextDelta } from './textDiff'

interface SharedTextProps {
  doc: Y.Doc
  partId: StrategyPartId
  canEdit: boolean
  label: string
  placeholder: string
  testId: string
}

/**
 * A part's prose, bound to its `Y.Text`: each input becomes one minimal delete + insert in one transaction, and
 * someone else's typing moves this person's caret with the text around it. Viewers read only.
 *
 * The textarea is uncontrolled on purpose: a remote change is written into it synchronously, in the Y.Text observer,
 * so that the next keystroke is always diffed against what the person saw. Through React state the DOM would lag
 * behind the Y.Text, and a keystroke in between would be diffed against text the DOM never showed (undoing the other
 * person's words).
 */
export function SharedText({ doc, partId, canEdit, label, placeholder, testId }: SharedTextProps) {
  const ytext = useBoundText(doc, partId)
  const origin = useMemo(() => ({ source: `strategy-text:${partId}` }), [partId])
  const ref = useRef<HTMLTextAreaElement>(null)
  const shown = useRef('')
  const [lines, setLines] = useState(1)

  useEffect(() => {
    const area = ref.current
    if (!area) return
    const show = (text: string, selection?: [number, number]) => {
      area.value = text
      shown.current = text
      if (selection) area.setSelectionRange(selection[0], selection[1])
      setLines(text.split('\n').length)
    }
    show(ytext?.toString() ?? '')
    if (!ytext) return
    const handleChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.origin === origin) return
      const delta = event.delta as TextDelta
      const isFocused = document.activeElement === area
      const selection: [number, number] | undefined = isFocused
        ? [transformPosition(area.selectionStart, delta), transformPosition(area.selectionEnd, delta)]
        : undefined
      show(ytext.toString(), selection)
    }
    ytext.observe(handleChange)
    return () => ytext.unobserve(handleChange)
  }, [ytext, origin])

  const handleInput = () => {
    const area = ref.current
    if (!area) return
    const next = area.value
    const target = ytext ?? getStrategyText(doc, partId, origin)
    const diff = diffText(shown.current, next, area.selectionEnd)
    shown.current = next
    if (diff) {
      doc.transact(() => {
        if (diff.deleteCount > 0) target.delete(diff.index, diff.deleteCount)
        if (diff.insert) target.insert(diff.index, diff.insert)
      }, origin)
    }
    setLines(next.split('\n').length)
  }

  return (
    <label className="st-text">
      <span className="st-text__label">{label}</span>
      <textarea
        ref={ref}
        className="st-text__area"
        data-testid={testId}
        placeholder={canEdit ? placeholder : ''}
        readOnly={!canEdit}
        rows={Math.min(14, Math.max(4, lines + 1))}
        onInput={handleInput}
      />
    </label>
  )
}

/** The part's `Y.Text` when it exists, followed when someone creates or replaces it. */
function useBoundText(doc: Y.Doc, partId: StrategyPartId): Y.Text | null {
  const [ytext, setYtext] = useState<Y.Text | null>(() => findText(doc, partId))
  useEffect(() => {
    const handleUpdate = () => setYtext(findText(doc, partId))
    handleUpdate()
    doc.on('update', handleUpdate)
    return () => doc.off('update', handleUpdate)
  }, [doc, partId])
  return ytext
}

function findText(doc: Y.Doc, partId: StrategyPartId): Y.Text | null {
  const found = findStrategySection(doc, 'texts')?.get(partId)
  return found instanceof Y.Text ? found : null
}
