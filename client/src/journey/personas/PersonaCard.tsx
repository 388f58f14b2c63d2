import type { Persona } from '@cxmap/shared'
import type { CSSProperties } from 'react'
import { HTMLContainer, useEditor } from 'tldraw'
import { getReadableTextColor } from '../cards/cardLook'
import { PersonaAvatar } from './PersonaAvatar'
import { PERSONA_CARD_SECTIONS, setPersonaCardPersonas, type PersonaCardShape } from './personaCardShape'
import { useBoardPersonas } from './PersonasContext'
import { usePersonasT } from './strings'
import { useIsPersonaDimmed } from './useIsPersonaDimmed'
import './personaCard.css'

/** A persona card on the canvas: the persona as the strategy map holds it now, in its colour. */
export function PersonaCard({ shape }: { shape: PersonaCardShape }) {
  const editor = useEditor()
  const board = useBoardPersonas()
  // A plain write to a WeakMap, safe during render: the SVG export and the shape's text read it later.
  if (board) setPersonaCardPersonas(editor, board.byId)
  const persona = board?.byId.get(shape.props.personaId)
  const isDimmed = useIsPersonaDimmed(shape.props.personaId)
  const { w, h } = shape.props
  return (
    <HTMLContainer
      className={isDimmed ? 'cx-persona-card cx-persona-card--dimmed' : 'cx-persona-card'}
      style={{ width: w, height: h, '--cx-persona-color': persona?.color ?? '#adb5bd' } as CSSProperties}
      data-testid="persona-card"
      data-persona-id={shape.props.personaId}
    >
      {persona && board ? <PersonaCardBody persona={persona} byId={board.byId} /> : <RemovedPersona />}
    </HTMLContainer>
  )
}

function PersonaCardBody({ persona, byId }: { persona: Persona; byId: ReadonlyMap<string, Persona> }) {
  const t = usePersonasT()
  const targets = persona.movesTo.flatMap((id) => byId.get(id) ?? [])
  return (
    <>
      <header className="cx-persona-card__header" style={{ color: getReadableTextColor(persona.color) }}>
        <PersonaAvatar persona={persona} size={52} />
        <span className="cx-persona-card__title">
          <span className="cx-persona-card__name" data-testid="persona-card-name">
            {persona.name || t('untitled')}
          </span>
          {persona.segment && <span className="cx-persona-card__segment">{persona.segment}</span>}
        </span>
      </header>
      <dl className="cx-persona-card__fields">
        {PERSONA_CARD_SECTIONS.filter((key) => persona[key].trim() !== '').map((key) => (
          <div key={key} className="cx-persona-card__field">
            <dt>{t(key)}</dt>
            <dd>{persona[key]}</dd>
          </div>
        ))}
      </dl>
      {targets.length > 0 && (
        <footer className="cx-persona-card__moves" data-testid="persona-card-moves">
          <span className="cx-persona-card__moves-label">{t('movesToShort')} →</span>
          {targets.map((target) => (
            <span key={target.id} className="cx-persona-card__target" style={{ borderColor: target.color }}>
              <PersonaAvatar persona={target} size={18} />
              {target.name || t('untitled')}
            </span>
          ))}
        </footer>
      )}
    </>
  )
}

function RemovedPersona() {
  const t = usePersonasT()
  return (
    <div className="cx-persona-card__removed" data-testid="persona-card-removed">
      <strong>{t('cardRemoved')}</strong>
      <span>{t('cardRemovedHint')}</span>
    </div>
  )
}
