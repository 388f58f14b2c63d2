import { PERSONA_COLORS, type Persona, type PersonaFields } from '@cxmap/shared'
import { useState } from 'react'
import { useEditor, useValue } from 'tldraw'
import { PersonaAvatar } from './PersonaAvatar'
import { listBoardImages } from './personaLook'
import { PersonaTextField } from './PersonaTextField'
import { usePersonasT } from './strings'
import { ConfirmRemove } from '../../components/ConfirmRemove'

const TEXT_FIELDS = ['segment', 'goals', 'preferences', 'constraints', 'value'] as const

/** Everything about one persona, editable by editors and read-only for viewers. */
export function PersonaForm({
  persona,
  others,
  isNew,
  canEdit,
  onChange,
  onRemove,
  onPlace,
}: {
  persona: Persona
  /** The board's other personas, targets of "moves to". */
  others: readonly Persona[]
  isNew: boolean
  canEdit: boolean
  onChange: (patch: Partial<PersonaFields>) => void
  onRemove: () => void
  /** Puts a card of the persona on the board (editors only). */
  onPlace?: () => void
}) {
  const t = usePersonasT()
  const [isConfirmingRemove, setIsConfirmingRemove] = useState(false)
  const isReadonly = !canEdit
  return (
    <div className="cx-persona-form" data-testid="persona-form">
      <PersonaTextField
        label={t('name')}
        value={persona.name}
        isReadonly={isReadonly}
        autoFocus={isNew}
        testId="persona-field-name"
        onCommit={(name) => onChange({ name: name.trim() })}
      />
      {TEXT_FIELDS.map((field) => (
        <PersonaTextField
          key={field}
          label={t(field)}
          value={persona[field]}
          isMultiline={field !== 'segment'}
          isReadonly={isReadonly}
          testId={`persona-field-${field}`}
          onCommit={(value) => onChange({ [field]: value })}
        />
      ))}
      <ColorField persona={persona} isReadonly={isReadonly} onPick={(color) => onChange({ color })} />
      <AvatarField persona={persona} isReadonly={isReadonly} onPick={(avatarAssetId) => onChange({ avatarAssetId })} />
      <MovesToField
        persona={persona}
        others={others}
        isReadonly={isReadonly}
        onChange={(movesTo) => onChange({ movesTo })}
      />
      {canEdit && onPlace && (
        <button
          type="button"
          className="button button--small cx-persona-form__place"
          data-testid="persona-form-place"
          onClick={onPlace}
        >
          {t('place')}
        </button>
      )}
      {canEdit &&
        (isConfirmingRemove ? (
          <ConfirmRemove
            className="cx-persona-form__confirm"
            yesClassName="cx-persona-form__danger"
            question={t('confirmRemove', { name: persona.name || t('untitled') })}
            noLabel={t('no')}
            yesLabel={t('yes')}
            testId="persona-delete-confirm"
            onCancel={() => setIsConfirmingRemove(false)}
            onConfirm={onRemove}
          />
        ) : (
          <button
            type="button"
            className="button button--small cx-persona-form__danger"
            data-testid="persona-delete"
            onClick={() => setIsConfirmingRemove(true)}
          >
            {t('remove')}
          </button>
        ))}
    </div>
  )
}

function ColorField({
  persona,
  isReadonly,
  onPick,
}: {
  persona: Persona
  isReadonly: boolean
  onPick: (color: string) => void
}) {
  const t = usePersonasT()
  return (
    <div className="cx-persona-form__field" role="group" aria-label={t('color')}>
      <span className="cx-persona-form__label">{t('color')}</span>
      <div className="cx-persona-form__choices">
        {PERSONA_COLORS.map((color, index) => (
          <button
            key={color}
            type="button"
            className={color === persona.color ? 'cx-persona-form__color is-current' : 'cx-persona-form__color'}
            style={{ background: color }}
            aria-label={t('colorNumber', { number: index + 1 })}
            title={t('colorNumber', { number: index + 1 })}
            aria-pressed={color === persona.color}
            data-testid={`persona-color-${color.slice(1)}`}
            disabled={isReadonly}
            onClick={() => onPick(color)}
          />
        ))}
      </div>
    </div>
  )
}

function AvatarField({
  persona,
  isReadonly,
  onPick,
}: {
  persona: Persona
  isReadonly: boolean
  onPick: (assetId: string) => void
}) {
  const t = usePersonasT()
  const editor = useEditor()
  const images = useValue('cxmap board images', () => listBoardImages(editor.getAssets()), [editor])
  return (
    <div className="cx-persona-form__field" role="group" aria-label={t('avatar')}>
      <span className="cx-persona-form__label">{t('avatar')}</span>
      <div className="cx-persona-form__choices">
        <button
          type="button"
          className={persona.avatarAssetId === '' ? 'cx-persona-form__avatar is-current' : 'cx-persona-form__avatar'}
          aria-pressed={persona.avatarAssetId === ''}
          title={t('avatarNone')}
          aria-label={t('avatarNone')}
          data-testid="persona-avatar-none"
          disabled={isReadonly}
          onClick={() => onPick('')}
        >
          <PersonaAvatar persona={{ ...persona, avatarAssetId: '' }} size={32} />
        </button>
        {images.map((image, index) => (
          <button
            key={image.id}
            type="button"
            className={
              persona.avatarAssetId === image.id ? 'cx-persona-form__avatar is-current' : 'cx-persona-form__avatar'
            }
            aria-pressed={persona.avatarAssetId === image.id}
            title={t('imageNumber', { number: index + 1 })}
            aria-label={t('imageNumber', { number: index + 1 })}
            data-testid={`persona-avatar-${image.id}`}
            disabled={isReadonly}
            onClick={() => onPick(image.id)}
          >
            <img src={image.src} alt="" width={32} height={32} draggable={false} />
          </button>
        ))}
      </div>
      {!isReadonly && <span className="cx-persona-form__help">{t('avatarHint')}</span>}
    </div>
  )
}

function MovesToField({
  persona,
  others,
  isReadonly,
  onChange,
}: {
  persona: Persona
  others: readonly Persona[]
  isReadonly: boolean
  onChange: (movesTo: string[]) => void
}) {
  const t = usePersonasT()
  const toggle = (id: string) =>
    onChange(
      persona.movesTo.includes(id) ? persona.movesTo.filter((target) => target !== id) : [...persona.movesTo, id],
    )
  return (
    <fieldset className="cx-persona-form__field cx-persona-form__moves">
      <legend className="cx-persona-form__label">{t('movesTo')}</legend>
      {others.length === 0 ? (
        <span className="cx-persona-form__help">{t('noOthers')}</span>
      ) : (
        others.map((other) => (
          <label key={other.id} className="cx-persona-form__move">
            <input
              type="checkbox"
              checked={persona.movesTo.includes(other.id)}
              disabled={isReadonly}
              data-testid={`persona-moves-${other.id}`}
              onChange={() => toggle(other.id)}
            />
            <PersonaAvatar persona={other} size={20} />
            <span>{other.name || t('untitled')}</span>
          </label>
        ))
      )}
    </fieldset>
  )
}
