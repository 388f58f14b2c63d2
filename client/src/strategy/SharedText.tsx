import { findStrategySection, getStrategyText, type StrategyPartId } from '@cxmap/shared'
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent } from 'react'
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
 * A part's prose, bound to its `Y.Text`: each keystroke becomes one minimal delete + insert in one transaction, and
 * someone else's typing moves this person's caret with the text around it. Viewers read only.
 */
export function SharedText({ doc, partId, canEdit, label, placeholder, testId }: SharedTextProps) {
  const ytext = useBoundText(doc, partId)
  const origin = useMemo(() => ({ source: `strategy-text:${partId}` }), [partId])
  const ref = useRef<HTMLTextAreaElement>(null)
  const [value, setValue] = useState(() => ytext?.toString() ?? '')
  const pendingSelection = useRef<[number, number] | null>(null)

  useEffect(() => {
    setValue(ytext?.toString() ?? '')
    if (!ytext) return
    const handleChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.origin === origin) return
      const area = ref.current
      if (area && document.activeElement === area) {
        const delta = event.delta as TextDelta
        pendingSelection.current = [
          transformPosition(area.selectionStart, delta),
          transformPosition(area.selectionEnd, delta),
        ]
      }
      setValue(ytext.toString())
    }
    ytext.observe(handleChange)
    return () => ytext.unobserve(handleChange)
  }, [ytext, origin])

  useLayoutEffect(() => {
    const selection = pendingSelection.current
    const area = ref.current
    if (!selection || !area) return
    pendingSelection.current = null
    area.setSelectionRange(selection[0], selection[1])
  }, [value])

  const handleInput = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const next = event.target.value
    const target = ytext ?? getStrategyText(doc, partId, origin)
    const diff = diffText(target.toString(), next, event.target.selectionEnd)
    if (diff) {
      doc.transact(() => {
        if (diff.deleteCount > 0) target.delete(diff.index, diff.deleteCount)
        if (diff.insert) target.insert(diff.index, diff.insert)
      }, origin)
    }
    setValue(target.toString())
  }

  return (
    <label className="st-text">
      <span className="st-text__label">{label}</span>
      <textarea
        ref={ref}
        className="st-text__area"
        data-testid={testId}
        value={value}
        placeholder={canEdit ? placeholder : ''}
        readOnly={!canEdit}
        rows={Math.min(14, Math.max(4, value.split('\n').length + 1))}
        onChange={handleInput}
      />
    </label>
  )
}

/** The part's `Y.Text` when it exists, followed when someone creates or replaces it. */
function useBoundText(doc: Y.Doc, partId: StrategyPartId): Y.Text | null {
  const find = () => {
    const found = findStrategySection(doc, 'texts')?.get(partId)
    return found instanceof Y.Text ? found : null
  }
  const [ytext, setYtext] = useState<Y.Text | null>(find)
  useEffect(() => {
    const handleUpdate = () => setYtext(find)
    handleUpdate()
    doc.on('update', handleUpdate)
    return () => doc.off('update', handleUpdate)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `find` reads only doc and partId
  }, [doc, partId])
  return ytext
}
