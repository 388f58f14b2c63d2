import { WAVES, type CardKind, type Wave } from '@cxmap/shared'
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { useEditor } from 'tldraw'
import { useCardsT } from '../../journey/i18n'
import { useRoadmapT } from '../i18n'
import { useRoadmap, useRoadmapBoard } from '../RoadmapContext'
import { useRoadmapUiStore } from '../roadmapUiStore'
import { pickCards, sendCardsToRoadmap, suggestCardsWave } from './sendCards'
import { useSendStore } from './sendStore'

/** The send-to-roadmap dialog, open while the send store names cards. */
export function SendToRoadmapDialogHost() {
  const cardIds = useSendStore((state) => state.dialogCardIds)
  return cardIds ? <SendToRoadmapDialog key={cardIds.join()} cardIds={cardIds} /> : null
}

/**
 * Asks how to send the selected cards: one initiative for all or one per card, which wave (suggested from the card
 * kinds), and the title of a single initiative; then creates them and opens the new initiative.
 */
function SendToRoadmapDialog({ cardIds }: { cardIds: readonly string[] }) {
  const t = useRoadmapT()
  const tCards = useCardsT()
  const editor = useEditor()
  const { doc, userName } = useRoadmapBoard()
  const { linksByCard } = useRoadmap()
  const close = useSendStore((state) => state.closeDialog)
  const titleId = useId()
  const titleRef = useRef<HTMLInputElement>(null)

  // The cards as they were when the dialog opened (they may be deleted meanwhile; the send then skips them).
  const [cards] = useState(() => pickCards(cardIds.flatMap((id) => editor.getShape(id as never) ?? [])))
  const suggested = useMemo(() => suggestCardsWave(cards), [cards])
  const [mode, setMode] = useState<'one' | 'per-card'>('one')
  const [wave, setWave] = useState<Wave>(suggested)
  const [title, setTitle] = useState(() => firstLine(editor, cards[0]?.id))
  const [error, setError] = useState<string | null>(null)
  const linked = cards.filter((card) => linksByCard.has(card.id)).length

  useEffect(() => {
    titleRef.current?.select()
  }, [])

  const kinds = describeKinds(cards, (kind) => tCards(`kinds.${kind}`))
  const count = cards.length

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const created = sendCardsToRoadmap(
      doc,
      editor.store.allRecords(),
      cards.map((card) => card.id),
      {
        mode: count > 1 ? mode : 'one',
        wave,
        title,
        createdBy: userName,
      },
    )
    if (created.length === 0) {
      setError(t('send.noCards'))
      return
    }
    close()
    useSendStore.getState().showNotice({ count: created.length, initiativeId: created[0]!.id })
    if (created.length === 1) useRoadmapUiStore.getState().openInitiative(created[0]!.id)
  }

  return (
    <div
      className="modal-backdrop"
      onKeyDown={(event) => {
        if (event.key === 'Escape') close()
        event.stopPropagation()
      }}
      onPointerDown={(event) => {
        if (event.target === event.currentTarget) close()
      }}
    >
      <form
        className="modal send-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="send-dialog"
        onSubmit={handleSubmit}
      >
        <div>
          <h2 id={titleId}>{t('send.dialogTitle')}</h2>
          <p className="muted send-dialog__summary">
            {t('send.selected', { count, kinds })}
            {linked > 0 && <> {t('send.alreadyLinked', { count: linked })}</>}
          </p>
        </div>
        {count > 1 && (
          <fieldset className="field send-dialog__modes">
            <legend className="field__label">{t('send.modeLabel')}</legend>
            <label className="send-dialog__choice">
              <input
                type="radio"
                name="mode"
                checked={mode === 'one'}
                data-testid="send-mode-one"
                onChange={() => setMode('one')}
              />
              {t('send.modeOne', { count })}
            </label>
            <label className="send-dialog__choice">
              <input
                type="radio"
                name="mode"
                checked={mode === 'per-card'}
                data-testid="send-mode-per-card"
                onChange={() => setMode('per-card')}
              />
              {t('send.modePerCard', { count })}
            </label>
          </fieldset>
        )}
        {(mode === 'one' || count === 1) && (
          <label className="field">
            <span className="field__label">{t('send.titleLabel')}</span>
            <input
              ref={titleRef}
              className="input"
              value={title}
              maxLength={300}
              data-testid="send-title"
              onChange={(event) => setTitle(event.target.value)}
            />
          </label>
        )}
        <fieldset className="field">
          <legend className="field__label">{t('send.waveLabel')}</legend>
          <div className="send-dialog__waves" role="radiogroup">
            {WAVES.map((option) => (
              <label key={option} className={`send-dialog__wave send-dialog__wave--${option}`}>
                <input
                  type="radio"
                  name="wave"
                  checked={wave === option}
                  data-testid={`send-wave-${option}`}
                  onChange={() => setWave(option)}
                />
                <span>
                  {t(`common.wave.${option}`)}
                  {option === suggested && <span className="send-dialog__suggested"> · {t('send.suggested')}</span>}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="button" onClick={close}>
            {t('send.cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="send-submit" disabled={count === 0}>
            {count > 1 && mode === 'per-card' ? t('send.submitMany', { count }) : t('send.submitOne')}
          </button>
        </div>
      </form>
    </div>
  )
}

function firstLine(editor: ReturnType<typeof useEditor>, cardId: string | undefined): string {
  const shape = cardId ? editor.getShape(cardId as never) : undefined
  const text = (shape?.props as { text?: unknown } | undefined)?.text
  return typeof text === 'string' ? (text.trim().split('\n')[0] ?? '') : ''
}

/** "2 Barrier, 1 Idea" style list of the kinds among the cards, most frequent first. */
function describeKinds(cards: readonly { kind: CardKind }[], name: (kind: CardKind) => string): string {
  const counts = new Map<CardKind, number>()
  for (const card of cards) counts.set(card.kind, (counts.get(card.kind) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => (n > 1 ? `${name(kind)} × ${n}` : name(kind)))
    .join(', ')
}
