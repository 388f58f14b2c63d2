import { JOURNEY_CARD_TYPE, type JourneyCardProps } from '@cxmap/shared'
import type { CSSProperties } from 'react'
import { HTMLContainer, useEditor, useValue } from 'tldraw'
import { privateBrainstormOf } from '@cxmap/shared'
import { CardRoadmapBadge } from '../../roadmap/send/CardRoadmapBadge'
import { PrivateCardMark } from '../../workshop/brainstorm/PrivateCardMark'
import { CardVotes } from '../../workshop/vote/CardVotes'
import { isDepartmentShown, useDepartmentViewStore } from '../departments/departmentViewStore'
import { useCardsT } from '../i18n'
import { CardText } from './CardText'
import { ScoreControl, SeverityControl } from './CardControls'
import { CARD_LOOKS } from './cardLook'
import type { JourneyCardShape } from './cardShape'
import { DepartmentChip } from './DepartmentChip'
import { KindIcon } from './KindIcon'

/** How a journey card looks on the canvas: its kind's colour, icon and name, its text, department and author. */
export function JourneyCard({ shape }: { shape: JourneyCardShape }) {
  const editor = useEditor()
  const t = useCardsT()
  const { kind, w, h, departmentId, authorName, severity, score } = shape.props
  const look = CARD_LOOKS[kind]
  const isReadonly = useValue('cxmap card readonly', () => editor.getIsReadonly(), [editor])
  const isDimmed = useDepartmentViewStore(
    (state) => state.mode === 'highlight' && !isDepartmentShown(state.selectedIds, departmentId),
  )
  const kindName = t(`kinds.${kind}`)
  const isPrivate = privateBrainstormOf(shape) !== null

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

  return (
    <HTMLContainer
      className={['cx-card', isDimmed && 'cx-card--dimmed', isPrivate && 'cx-card--private'].filter(Boolean).join(' ')}
      style={style}
      data-testid="journey-card"
      data-card-kind={kind}
      data-department-id={departmentId}
      data-private={isPrivate || undefined}
    >
      <div className="cx-card__header">
        <span className="cx-card__kind" title={kindName}>
          <KindIcon kind={kind} size={14} />
          <span className="cx-card__kind-name">{kindName}</span>
        </span>
        {kind === 'barrier' && (
          <SeverityControl
            value={severity}
            isReadonly={isReadonly}
            onChange={(value) => updateProps({ severity: value })}
          />
        )}
        {kind === 'feeling' && (
          <ScoreControl value={score} isReadonly={isReadonly} onChange={(value) => updateProps({ score: value })} />
        )}
      </div>
      <CardText
        shape={shape}
        label={t('card.label', { kind: kindName })}
        placeholder={isReadonly ? '' : t('card.placeholder')}
      />
      <div className="cx-card__footer">
        <DepartmentChip
          departmentId={departmentId}
          isReadonly={isReadonly}
          onChange={(id) => updateProps({ departmentId: id })}
        />
        <span className="cx-card__footer-end">
          {authorName && (
            <span className="cx-card__author" title={authorName}>
              {authorName}
            </span>
          )}
          {isPrivate && <PrivateCardMark />}
          <CardVotes cardId={shape.id} kind={kind} />
          <CardRoadmapBadge cardId={shape.id} />
        </span>
      </div>
    </HTMLContainer>
  )
}
