import { CARD_KINDS, type CardKind, type JourneyLane } from '@cxmap/shared'
import { useState, type KeyboardEvent } from 'react'
import type { TLShapeId } from 'tldraw'
import { KindIcon } from '../cards/KindIcon.tsx'
import { CARD_LOOKS } from '../cards/cardLook.ts'
import { useCardsT } from '../i18n/index.ts'
import { GridPopover } from './GridPopover.tsx'
import type { LaneSettings } from './gridActions.ts'
import { useGridT } from './strings.ts'

const IS_APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** Edits a lane's default card kind and the hint shown in its empty cells; saves both in one step. */
export function LaneSettingsPopover({
  gridId,
  x,
  y,
  lane,
  laneTitle,
  onSave,
  onClose,
}: {
  gridId: TLShapeId
  x: number
  y: number
  lane: JourneyLane
  laneTitle: string
  onSave: (settings: LaneSettings) => void
  onClose: () => void
}) {
  const t = useGridT()
  const cardsT = useCardsT()
  const [cardKind, setCardKind] = useState<CardKind>(lane.cardKind)
  const [prompt, setPrompt] = useState(lane.prompt)
  const title = t('laneSettingsOf', { title: laneTitle })
  const save = () => onSave({ cardKind, prompt: prompt.trim() })

  function handlePromptKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault()
      save()
    }
  }

  return (
    <GridPopover gridId={gridId} x={x} y={y} label={title} onClose={onClose}>
      <h3>{title}</h3>
      <p className="cx-grid__field-label" id="cx-lane-settings-kind">
        {t('laneCardKind')}
      </p>
      <div
        className="cx-grid__kinds"
        role="radiogroup"
        aria-labelledby="cx-lane-settings-kind"
        data-testid="lane-settings-kind"
      >
        {CARD_KINDS.map((kind) => {
          const look = CARD_LOOKS[kind]
          const isChecked = kind === cardKind
          return (
            <button
              key={kind}
              type="button"
              role="radio"
              aria-checked={isChecked}
              data-kind={kind}
              className={`cx-grid__kind${isChecked ? ' cx-grid__kind--checked' : ''}`}
              style={
                isChecked
                  ? {
                      background: look.background,
                      borderColor: look.accent,
                      boxShadow: `inset 0 0 0 1px ${look.accent}`,
                    }
                  : undefined
              }
              onClick={() => setCardKind(kind)}
            >
              <span
                className="cx-grid__lane-icon"
                style={{ background: look.background, borderColor: look.border, color: look.accent }}
              >
                <KindIcon kind={kind} size={16} />
              </span>
              <span className="cx-grid__kind-name">{cardsT(`kinds.${kind}`)}</span>
            </button>
          )
        })}
      </div>
      <label className="cx-grid__field-label" htmlFor="cx-lane-settings-prompt">
        {t('lanePrompt')}
      </label>
      <textarea
        id="cx-lane-settings-prompt"
        className="cx-grid__textarea"
        data-testid="lane-settings-prompt"
        rows={3}
        maxLength={300}
        value={prompt}
        placeholder={t('lanePromptPlaceholder')}
        onChange={(event) => setPrompt(event.target.value)}
        onKeyDown={handlePromptKeyDown}
      />
      <p className="cx-grid__metric-head">{t('lanePromptHelp', { shortcut: IS_APPLE ? '⌘+Enter' : 'Ctrl+Enter' })}</p>
      <div className="cx-grid__popover-actions">
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
        <button type="button" className="cx-grid__primary" data-testid="lane-settings-save" onClick={save}>
          {t('save')}
        </button>
      </div>
    </GridPopover>
  )
}
