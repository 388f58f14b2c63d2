import { JOURNEY_CARD_TYPE, privateBrainstormOf, type CardKind, type JourneyCardProps } from '@cxmap/shared'
import type { CSSProperties } from 'react'
import { HTMLContainer, useComputed, useEditor, useValue, type Editor } from 'tldraw'
import { isDepartmentShown, useDepartmentViewStore } from '../departments/departmentViewStore'
import { useCardsT } from '../i18n'
import { CardFooter, CardControlStrip } from './CardFooter'
import { CardText } from './CardText'
import { ScoreControl, SeverityControl } from './CardControls'
import { CARD_LOOKS } from './cardLook'
import type { JourneyCardShape } from './cardShape'
import {
  CARD_PAD_X,
  MIN_TARGET_PX,
  RATING_FULL_W,
  isSamePlan,
  planCardControls,
  type CardControlsPlan,
} from './cardTargets'
import { CompactRating } from './CompactRating'
import { DepartmentChip } from './DepartmentChip'
import { PersonaChip, PersonaDot } from './PersonaChip'
import { useIsPersonaDimmed } from '../personas/useIsPersonaDimmed'
import { KindIcon } from './KindIcon'
import { MonetisationControl } from '../monetisation/MonetisationControl'
import { MONETISED_KINDS } from '../monetisation/revenue'
import { useCardSlots } from './cardSlots'

/** Average width of an upper-case letter of the kind name (12 px, bold), in page units. */
const KIND_GLYPH_W = 8.5

/** How a journey card looks on the canvas: its kind's colour, icon and name, its text, department and author. */
export function JourneyCard({ shape }: { shape: JourneyCardShape }) {
  const editor = useEditor()
  const t = useCardsT()
  const { kind, w, h, departmentId, authorName, severity, score, personaId } = shape.props
  const look = CARD_LOOKS[kind]
  const isReadonly = useValue('cxmap card readonly', () => editor.getIsReadonly(), [editor])
  const isDepartmentDimmed = useDepartmentViewStore(
    (state) => state.mode === 'highlight' && !isDepartmentShown(state.selectedIds, departmentId),
  )
  const isDimmed = useIsPersonaDimmed(personaId) || isDepartmentDimmed
  const kindName = t(`kinds.${kind}`)
  const isPrivate = privateBrainstormOf(shape) !== null
  const plan = useCardPlan(editor, shape)
  const isRated = kind === 'barrier' || kind === 'feeling'

  const updateProps = (props: Partial<JourneyCardProps>) => {
    if (editor.getIsReadonly()) return
    editor.markHistoryStoppingPoint('update card')
    editor.updateShape({ id: shape.id, type: JOURNEY_CARD_TYPE, props })
  }

  const style = {
    width: w,
    height: h,
    '--cx-card-bg': look.background,
    '--cx-card-border': look.border,
    '--cx-card-accent': look.accent,
  } as CSSProperties
  const rating = isRated && (
    <CardRating
      kind={kind}
      value={kind === 'barrier' ? severity : score}
      isCompact={plan.rating === 'compact'}
      isReadonly={isReadonly}
      onChange={(value) => updateProps(kind === 'barrier' ? { severity: value } : { score: value })}
    />
  )
  const chip = (
    <DepartmentChip
      departmentId={departmentId}
      isReadonly={isReadonly}
      onChange={(id) => updateProps({ departmentId: id })}
    />
  )
  const isFull = plan.mode === 'full'
  const personaChip = (
    <PersonaChip personaId={personaId} isReadonly={isReadonly} onChange={(id) => updateProps({ personaId: id })} />
  )
  // The kind's name gives way to the five rating buttons on a narrow card; the icon and colour stay.
  const hasKindName = !isFull || !isRated || w - 2 * CARD_PAD_X - RATING_FULL_W - 30 >= kindName.length * KIND_GLYPH_W
  const parts = { cardId: shape.id, kind, chip, rating, authorName, isPrivate }

  return (
    <HTMLContainer
      className={cardClassName({ isDimmed, isPrivate, plan })}
      style={style}
      data-testid="journey-card"
      data-card-kind={kind}
      data-department-id={departmentId}
      data-persona-id={personaId || undefined}
      data-private={isPrivate || undefined}
      data-controls={plan.mode}
      title={isFull ? undefined : cardTitle(kindName, shape.props.text, authorName)}
    >
      {(isFull || plan.hasKindRow) && (
        <div className="cx-card__header">
          <span className="cx-card__kind" title={kindName}>
            <KindIcon kind={kind} size={14} />
            {hasKindName && <span className="cx-card__kind-name">{kindName}</span>}
          </span>
          {isFull && rating}
          {MONETISED_KINDS.includes(kind) && <MonetisationControl cardId={shape.id} isReadonly={isReadonly} />}
        </div>
      )}
      <CardText
        shape={shape}
        label={t('card.label', { kind: kindName })}
        placeholder={isReadonly ? '' : t('card.placeholder')}
      />
      {isFull && (
        <CardFooter
          {...parts}
          chip={
            <>
              {chip}
              {personaChip}
            </>
          }
        />
      )}
      {!isFull && <PersonaDot personaId={personaId} />}
      {plan.mode === 'strip' && <CardControlStrip plan={plan} {...parts} />}
      {!isFull && !plan.hasKindRow && MONETISED_KINDS.includes(kind) && (
        <MonetisationControl cardId={shape.id} isReadonly={isReadonly} isCorner />
      )}
    </HTMLContainer>
  )
}

/** The plan of the card's controls at the current zoom; re-renders the card only when the plan changes. */
function useCardPlan(editor: Editor, shape: JourneyCardShape): CardControlsPlan {
  const { kind, w, h } = shape.props
  const slots = useCardSlots()
  const { canAdd, canTakeBack } = slots.useVoteTargets(shape.id, kind)
  const hasBadge = slots.useHasRoadmapBadge(shape.id)
  const isRated = kind === 'barrier' || kind === 'feeling'
  const plan = useComputed(
    'cxmap card controls plan',
    () =>
      planCardControls({
        w,
        h,
        // The zoom tldraw writes into `--tl-zoom`, which the CSS counter-scale reads: the two agree.
        zoom: editor.getEfficientZoomLevel(),
        widths: {
          add: canAdd ? MIN_TARGET_PX : undefined,
          back: canTakeBack ? MIN_TARGET_PX : undefined,
          rating: isRated ? RATING_FULL_W : undefined,
          chip: MIN_TARGET_PX,
          badge: hasBadge ? MIN_TARGET_PX : undefined,
        },
      }),
    { isEqual: isSamePlan },
    [editor, w, h, canAdd, canTakeBack, hasBadge, isRated],
  )
  return useValue(plan)
}

function CardRating({
  kind,
  value,
  isCompact,
  isReadonly,
  onChange,
}: {
  kind: CardKind
  value: number
  isCompact: boolean
  isReadonly: boolean
  onChange: (value: number) => void
}) {
  const rating = kind === 'barrier' ? 'severity' : 'score'
  if (isCompact) return <CompactRating rating={rating} value={value} isReadonly={isReadonly} onChange={onChange} />
  const Control = rating === 'severity' ? SeverityControl : ScoreControl
  return <Control value={value} isReadonly={isReadonly} onChange={onChange} />
}

function cardClassName({
  isDimmed,
  isPrivate,
  plan,
}: {
  isDimmed: boolean
  isPrivate: boolean
  plan: CardControlsPlan
}) {
  return [
    'cx-card',
    isDimmed && 'cx-card--dimmed',
    isPrivate && 'cx-card--private',
    plan.mode === 'strip' && 'cx-card--strip',
    plan.mode !== 'full' && !plan.hasText && 'cx-card--no-text',
  ]
    .filter(Boolean)
    .join(' ')
}

/** A zoomed-out card's hover text: what its small print no longer shows. */
function cardTitle(kindName: string, text: string, authorName: string): string {
  return [`${kindName}: ${text}`.trim(), authorName].filter(Boolean).join('\n')
}
