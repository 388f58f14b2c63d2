import type { Initiative } from '@cxmap/shared'
import { useMemo } from 'react'
import { useRoadmapT } from '../i18n'
import { initiativeTitle } from '../parts/format'
import { routeLinks, type Box } from './linkRoute'
import type { TimelineLink } from './timelineModel'

/** The dependency arrows and parallel lines over the timeline, between the measured bars. */
export function TimelineLinks({
  links,
  boxes,
  byId,
  activeId,
}: {
  links: readonly TimelineLink[]
  boxes: ReadonlyMap<string, Box>
  byId: ReadonlyMap<string, Initiative>
  /** The hovered or focused initiative: its links stand out, the others fade. */
  activeId: string | null
}) {
  const t = useRoadmapT()
  const paths = useMemo(() => routeLinks(links, boxes), [links, boxes])
  const title = (id: string) => initiativeTitle(t, byId.get(id) ?? { title: '' })
  return (
    <svg className="rm-tl__links" aria-hidden="true">
      <defs>
        <marker
          id="rm-tl-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="8"
          markerHeight="8"
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d="M 0 1 L 9 5 L 0 9 z" className="rm-tl__arrowhead" />
        </marker>
        <marker
          id="rm-tl-arrow-backwards"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="8"
          markerHeight="8"
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d="M 0 1 L 9 5 L 0 9 z" className="rm-tl__arrowhead rm-tl__arrowhead--backwards" />
        </marker>
      </defs>
      {links.map((link, index) => {
        const path = paths[index]
        if (!path) return null
        const vars = { from: title(link.from), to: title(link.to) }
        const label =
          link.kind === 'parallel'
            ? t('timeline.linkParallel', vars)
            : link.isBackwards
              ? t('timeline.linkBackwards', vars)
              : t('timeline.linkDepends', vars)
        const isActive = activeId === link.from || activeId === link.to
        const className = [
          'rm-tl__link',
          `rm-tl__link--${link.kind}`,
          link.isBackwards && 'rm-tl__link--backwards',
          isActive && 'rm-tl__link--active',
          activeId && !isActive && 'rm-tl__link--faded',
        ]
          .filter(Boolean)
          .join(' ')
        return (
          <g
            key={`${link.kind}:${link.from}:${link.to}`}
            className={className}
            data-testid="timeline-link"
            data-from={link.from}
            data-to={link.to}
            data-kind={link.kind}
            data-backwards={String(link.isBackwards)}
          >
            <title>{label}</title>
            <path d={path} className="rm-tl__link-hit" />
            <path
              d={path}
              className="rm-tl__link-line"
              markerEnd={
                link.kind === 'depends'
                  ? `url(#${link.isBackwards ? 'rm-tl-arrow-backwards' : 'rm-tl-arrow'})`
                  : undefined
              }
            />
          </g>
        )
      })}
    </svg>
  )
}
