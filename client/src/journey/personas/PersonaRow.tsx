import type { Persona, PersonaFields } from '@cxmap/shared'
import { PersonaAvatar } from './PersonaAvatar'
import { PersonaForm } from './PersonaForm'
import { usePersonasT } from './strings'

interface PersonaRowProps {
  persona: Persona
  /** Every persona of the board (names of "moves to" targets, choices of the form). */
  personas: readonly Persona[]
  cardCount: number
  isSelected: boolean
  isOpen: boolean
  isNew: boolean
  canEdit: boolean
  onToggleSelected: () => void
  onToggleOpen: () => void
  onChange: (patch: Partial<PersonaFields>) => void
  onRemove: () => void
  /** Puts a card of the persona on the board (editors only: without it, no button). */
  onPlace?: () => void
}

/** One persona in the panel: pick it for the highlight, see where it moves to, open it to read or edit it. */
export function PersonaRow(props: PersonaRowProps) {
  const { persona, personas, cardCount, isSelected, isOpen, isNew, canEdit } = props
  const t = usePersonasT()
  const name = persona.name || t('untitled')
  const targets = persona.movesTo
    .map((id) => personas.find((other) => other.id === id))
    .filter((target): target is Persona => target !== undefined)
  return (
    <li className="cx-persona" data-testid="persona-row" data-persona-id={persona.id}>
      <div className="cx-persona__main">
        <button
          type="button"
          className={isSelected ? 'cx-dept__toggle is-on' : 'cx-dept__toggle'}
          aria-pressed={isSelected}
          aria-label={t('toggle', { name })}
          title={t('toggle', { name })}
          data-testid={`persona-filter-${persona.id}`}
          style={{ borderColor: persona.color, background: isSelected ? persona.color : undefined }}
          onClick={props.onToggleSelected}
        >
          {isSelected && (
            <svg width="12" height="12" viewBox="0 0 24 24" aria-hidden="true">
              <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
            </svg>
          )}
        </button>
        <button
          type="button"
          className="cx-persona__open"
          aria-expanded={isOpen}
          title={t('edit', { name })}
          data-testid="persona-open"
          onClick={props.onToggleOpen}
        >
          <PersonaAvatar persona={persona} size={32} />
          <span className="cx-persona__text">
            <span className="cx-persona__name" data-testid="persona-name">
              {name}
            </span>
            {persona.segment && <span className="cx-persona__segment">{persona.segment}</span>}
          </span>
        </button>
        <span className="cx-dept__count">{t('cards', { count: cardCount })}</span>
        {props.onPlace && (
          <button
            type="button"
            className="cx-persona__place"
            aria-label={t('placeTitle', { name })}
            title={t('placeTitle', { name })}
            data-testid="persona-place"
            onClick={props.onPlace}
          >
            <PlaceIcon />
          </button>
        )}
      </div>
      {targets.length > 0 && (
        <div className="cx-persona__moves" data-testid="persona-moves" title={t('movesTo')}>
          <span className="cx-persona__arrow" aria-hidden="true">
            →
          </span>
          <span className="cx-persona__sr">{t('movesTo')}: </span>
          {targets.map((target) => (
            <span key={target.id} className="cx-persona__target" style={{ borderColor: target.color }}>
              <PersonaAvatar persona={target} size={18} />
              {target.name || t('untitled')}
            </span>
          ))}
        </div>
      )}
      {isOpen && (
        <PersonaForm
          persona={persona}
          others={personas.filter((other) => other.id !== persona.id)}
          isNew={isNew}
          canEdit={canEdit}
          onChange={props.onChange}
          onRemove={props.onRemove}
          onPlace={props.onPlace}
        />
      )}
    </li>
  )
}

/** A card with a plus: put one on the board. */
function PlaceIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true">
      <rect x="3" y="4" width="14" height="16" rx="2.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <circle cx="10" cy="10" r="2.4" fill="currentColor" />
      <path d="M6.5 16.5c.8-1.8 2-2.6 3.5-2.6s2.7.8 3.5 2.6" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M20 6v6M17 9h6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}
