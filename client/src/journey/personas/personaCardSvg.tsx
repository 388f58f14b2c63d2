import type { Persona } from '@cxmap/shared'
import i18next from 'i18next'
import type { Editor, TLAssetId } from 'tldraw'
import { getReadableTextColor } from '../cards/cardLook'
import { getTextMeasure } from '../cards/cardSvg'
import { CARD_FONT_FAMILY, wrapText } from '../cards/cardSvgLayout'
import { getPersonaCardPersonas, PERSONA_CARD_SECTIONS, type PersonaCardShape } from './personaCardShape'
import { getPersonaInitials } from './personaLook'
import {
  layoutPersonaSvg,
  PERSONA_SVG_AVATAR,
  PERSONA_SVG_FONT,
  PERSONA_SVG_HEADER_H,
  PERSONA_SVG_PAD,
} from './personaCardSvgLayout'
import { createPersonasT, type PersonasT } from './strings'

const TEXT_COLOR = '#1f2328'
const MUTED_COLOR = '#5f6874'
const NAME_LINE_H = 23
const SEGMENT_LINE_H = 16

function currentT(): PersonasT {
  return createPersonasT(i18next.language?.startsWith('ru') ? 'ru' : 'en')
}

/** A persona card as native SVG (rects, a picture and real text), for tldraw's SVG/PNG export and the printed board. */
export function PersonaCardSvg({ shape, editor }: { shape: PersonaCardShape; editor: Editor }) {
  const personas = getPersonaCardPersonas(editor)
  const persona = personas.get(shape.props.personaId)
  const t = currentT()
  const { w, h } = shape.props
  if (!persona) return <RemovedSvg w={w} h={h} t={t} />
  const targets = persona.movesTo.flatMap((id) => personas.get(id)?.name || [])
  const layout = layoutPersonaSvg(
    {
      name: persona.name || t('untitled'),
      segment: persona.segment,
      fields: PERSONA_CARD_SECTIONS.map((key) => ({ label: t(key), text: persona[key] })),
      moves: targets.length > 0 ? `${t('movesToShort')} → ${targets.join(', ')}` : '',
      measure: {
        name: getTextMeasure(PERSONA_SVG_FONT.name, 700),
        segment: getTextMeasure(PERSONA_SVG_FONT.segment, 400),
        label: getTextMeasure(PERSONA_SVG_FONT.label, 700),
        text: getTextMeasure(PERSONA_SVG_FONT.text, 400),
        moves: getTextMeasure(PERSONA_SVG_FONT.moves, 600),
      },
    },
    w,
    h,
  )
  const ink = getReadableTextColor(persona.color)
  const titleX = PERSONA_SVG_PAD + PERSONA_SVG_AVATAR + 12
  const mid = PERSONA_SVG_HEADER_H / 2
  const titleH = layout.name.length * NAME_LINE_H + (layout.segment ? SEGMENT_LINE_H + 1 : 0)
  const titleTop = mid - titleH / 2
  return (
    <g fontFamily={CARD_FONT_FAMILY}>
      <rect x={1} y={1} width={Math.max(0, w - 2)} height={Math.max(0, h - 2)} rx={14} fill="#fff" />
      <path d={headerPath(w, PERSONA_SVG_HEADER_H, 14)} fill={persona.color} />
      <AvatarSvg
        editor={editor}
        persona={persona}
        id={shape.id}
        cx={PERSONA_SVG_PAD + PERSONA_SVG_AVATAR / 2}
        cy={mid}
      />
      <text fill={ink} fontSize={PERSONA_SVG_FONT.name} fontWeight={700}>
        {layout.name.map((line, i) => (
          <tspan key={i} x={titleX} y={titleTop + i * NAME_LINE_H + NAME_LINE_H / 2} dominantBaseline="central">
            {line}
          </tspan>
        ))}
      </text>
      {layout.segment && (
        <text
          x={titleX}
          y={titleTop + layout.name.length * NAME_LINE_H + SEGMENT_LINE_H / 2 + 1}
          dominantBaseline="central"
          fill={ink}
          fontSize={PERSONA_SVG_FONT.segment}
        >
          {layout.segment}
        </text>
      )}
      {layout.sections.map((section) => (
        <g key={section.label}>
          <text
            x={PERSONA_SVG_PAD}
            y={section.labelY}
            dominantBaseline="central"
            fill={MUTED_COLOR}
            fontSize={PERSONA_SVG_FONT.label}
            fontWeight={700}
          >
            {section.label}
          </text>
          <text fill={TEXT_COLOR} fontSize={PERSONA_SVG_FONT.text}>
            {section.lines.map((line, i) => (
              <tspan key={i} x={PERSONA_SVG_PAD} y={line.y} dominantBaseline="central">
                {line.text || '\u00a0'}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {layout.moves && (
        <text
          x={PERSONA_SVG_PAD}
          y={layout.moves.y}
          dominantBaseline="central"
          fill={MUTED_COLOR}
          fontSize={PERSONA_SVG_FONT.moves}
          fontWeight={600}
        >
          {layout.moves.text}
        </text>
      )}
      <rect
        x={1}
        y={1}
        width={Math.max(0, w - 2)}
        height={Math.max(0, h - 2)}
        rx={14}
        fill="none"
        stroke={persona.color}
        strokeWidth={2}
      />
    </g>
  )
}

/** The top of a rounded card: its corners rounded, its bottom edge straight. */
function headerPath(w: number, h: number, r: number): string {
  return `M1 ${h} V${r + 1} Q1 1 ${r + 1} 1 H${w - r - 1} Q${w - 1} 1 ${w - 1} ${r + 1} V${h} Z`
}

function AvatarSvg(props: { editor: Editor; persona: Persona; id: string; cx: number; cy: number }) {
  const { editor, persona, cx, cy } = props
  const r = PERSONA_SVG_AVATAR / 2
  const asset = persona.avatarAssetId ? editor.getAsset(persona.avatarAssetId as TLAssetId) : undefined
  const src = asset?.type === 'image' ? asset.props.src : null
  const clipId = `cx-persona-avatar-${props.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`
  if (src) {
    return (
      <g>
        <clipPath id={clipId}>
          <circle cx={cx} cy={cy} r={r} />
        </clipPath>
        <image
          href={src}
          x={cx - r}
          y={cy - r}
          width={2 * r}
          height={2 * r}
          preserveAspectRatio="xMidYMid slice"
          clipPath={`url(#${clipId})`}
        />
        <circle cx={cx} cy={cy} r={r - 1} fill="none" stroke="#fff" strokeWidth={2} />
      </g>
    )
  }
  return (
    <g>
      <circle cx={cx} cy={cy} r={r - 1} fill={persona.color} stroke="#fff" strokeWidth={2} />
      <text
        x={cx}
        y={cy}
        textAnchor="middle"
        dominantBaseline="central"
        fill={getReadableTextColor(persona.color)}
        fontSize={Math.round(PERSONA_SVG_AVATAR * 0.4)}
        fontWeight={700}
      >
        {getPersonaInitials(persona.name) || '?'}
      </text>
    </g>
  )
}

function RemovedSvg({ w, h, t }: { w: number; h: number; t: PersonasT }) {
  const measure = getTextMeasure(13, 400)
  const lines = wrapText(t('cardRemovedHint'), Math.max(0, w - 32), measure, Math.max(0, Math.floor((h - 70) / 18)))
  const top = h / 2 - (lines.length * 18) / 2
  return (
    <g fontFamily={CARD_FONT_FAMILY}>
      <rect x={1} y={1} width={Math.max(0, w - 2)} height={Math.max(0, h - 2)} rx={14} fill="#f5f6f8" />
      <rect
        x={1}
        y={1}
        width={Math.max(0, w - 2)}
        height={Math.max(0, h - 2)}
        rx={14}
        fill="none"
        stroke="#adb5bd"
        strokeWidth={2}
        strokeDasharray="6 4"
      />
      <text
        x={w / 2}
        y={top - 14}
        textAnchor="middle"
        dominantBaseline="central"
        fill={TEXT_COLOR}
        fontSize={16}
        fontWeight={700}
      >
        {t('cardRemoved')}
      </text>
      <text fill={MUTED_COLOR} fontSize={13} textAnchor="middle">
        {lines.map((line, i) => (
          <tspan key={i} x={w / 2} y={top + i * 18 + 9} dominantBaseline="central">
            {line}
          </tspan>
        ))}
      </text>
    </g>
  )
}
