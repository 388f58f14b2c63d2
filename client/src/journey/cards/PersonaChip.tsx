import { useState, type PointerEvent } from 'react'
import { PersonaAvatar } from '../personas/PersonaAvatar'
import { useBoardPersonas } from '../personas/PersonasContext'
import { usePersonasT } from '../personas/strings'
import { ChipPicker } from './ChipPicker'

const stopPointer = (event: PointerEvent) => event.stopPropagation()

/**
 * The card's persona as a small avatar; an editor clicks it to pick another of the board's personas. Nothing shows on
 * a board without personas, nor (to viewers) on a card without one.
 */
export function PersonaChip({
  personaId,
  isReadonly,
  onChange,
}: {
  personaId: string
  isReadonly: boolean
  onChange: (personaId: string) => void
}) {
  const t = usePersonasT()
  const board = useBoardPersonas()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const persona = board?.byId.get(personaId)
  if (!board || board.personas.length === 0) return null
  const avatar = persona ? <PersonaAvatar persona={persona} size={24} /> : <PlusPersonIcon />
  const className = persona ? 'cx-card__persona' : 'cx-card__persona cx-card__persona--none'
  if (isReadonly || !board.canEdit) {
    if (!persona) return null
    return (
      <span className={className} data-testid="card-persona" data-persona-id={persona.id} title={persona.name}>
        {avatar}
      </span>
    )
  }
  const title = persona ? t('cardPersona', { name: persona.name || t('untitled') }) : t('cardNoPersona')
  const options = [
    ...board.personas.map((p) => ({
      id: p.id,
      name: p.name || t('untitled'),
      icon: <PersonaAvatar persona={p} size={20} />,
    })),
    { id: '', name: t('none'), icon: <span className="cx-picker__swatch" /> },
  ]
  return (
    <>
      <button
        type="button"
        className={className}
        data-testid="card-persona"
        data-persona-id={persona?.id ?? ''}
        title={title}
        aria-label={title}
        aria-haspopup="listbox"
        aria-expanded={anchor !== null}
        onPointerDown={stopPointer}
        onClick={(event) => setAnchor(anchor ? null : event.currentTarget)}
      >
        {avatar}
      </button>
      {anchor && (
        <ChipPicker
          anchor={anchor}
          options={options}
          selectedId={persona ? personaId : ''}
          label={t('pickerLabel')}
          testId="persona-picker"
          optionTestIdPrefix="persona-option-"
          onPick={(id) => {
            setAnchor(null)
            if (id !== personaId) onChange(id)
          }}
          onClose={() => setAnchor(null)}
        />
      )}
    </>
  )
}

/** The card's persona while zoomed out: a dot of its colour in the corner (no control). */
export function PersonaDot({ personaId }: { personaId: string }) {
  const board = useBoardPersonas()
  const persona = personaId ? board?.byId.get(personaId) : undefined
  if (!persona) return null
  return (
    <span
      className="cx-card__persona-dot"
      style={{ background: persona.color }}
      title={persona.name}
      data-testid="card-persona-dot"
    />
  )
}

function PlusPersonIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <circle cx="10" cy="8" r="4" stroke="currentColor" strokeWidth="2" />
      <path d="M3 21c0-3.9 3.1-7 7-7M18 14v7M14.5 17.5h7" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}
