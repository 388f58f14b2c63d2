import type { Persona } from '@cxmap/shared'
import { useEditor, useValue, type TLAssetId } from 'tldraw'
import { getReadableTextColor } from '../cards/cardLook'
import { getPersonaInitials } from './personaLook'

/** The picture of an avatar asset of the board, or null when it has none (deleted, not an image). */
export function useAvatarSrc(assetId: string): string | null {
  const editor = useEditor()
  return useValue(
    'cxmap persona avatar',
    () => {
      if (!assetId) return null
      const asset = editor.getAsset(assetId as TLAssetId)
      return asset?.type === 'image' && asset.props.src ? asset.props.src : null
    },
    [editor, assetId],
  )
}

/** A persona as a round picture: its avatar image from the board, or its initials on its colour. */
export function PersonaAvatar({ persona, size = 28 }: { persona: Persona; size?: number }) {
  const src = useAvatarSrc(persona.avatarAssetId)
  const style = { width: size, height: size, fontSize: Math.round(size * 0.4), borderColor: persona.color }
  if (src) {
    return <img className="cx-persona-avatar" src={src} alt="" style={style} draggable={false} />
  }
  return (
    <span
      className="cx-persona-avatar cx-persona-avatar--initials"
      style={{ ...style, background: persona.color, color: getReadableTextColor(persona.color) }}
      aria-hidden="true"
    >
      {getPersonaInitials(persona.name) || '?'}
    </span>
  )
}
