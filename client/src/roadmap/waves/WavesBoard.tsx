import { WAVES, type Initiative, type Wave } from '@cxmap/shared'
import { useEffect, useMemo, useRef, useState } from 'react'
import { addBlankInitiative } from '../actions'
import { useRoadmapT } from '../i18n'
import { initiativeTitle } from '../parts/format'
import { useRoadmap, useRoadmapBoard } from '../RoadmapContext'
import { useRoadmapUiStore } from '../roadmapUiStore'
import { useWaveMoves, type MoveDirection } from './useWaveMoves'
import { WaveColumn } from './WaveColumn'
import './waves.css'

const HINT_ID = 'rm-waves-hint'

/** The three-wave board: one column per wave, initiatives as cards; editors add, drag and move them. */
export function WavesBoard() {
  const t = useRoadmapT()
  const { doc, canEdit, userName } = useRoadmapBoard()
  const { roadmap } = useRoadmap()
  const openId = useRoadmapUiStore((state) => state.openInitiativeId)
  const openInitiative = useRoadmapUiStore((state) => state.openInitiative)
  const boardRef = useRef<HTMLDivElement>(null)
  const [announcement, setAnnouncement] = useState('')
  const [focusId, setFocusId] = useState<string | null>(null)

  // roadmap.initiatives is sorted by wave, order, id: each column keeps that order.
  const columns = useMemo(() => {
    const byWave: Record<Wave, Initiative[]> = { 1: [], 2: [], 3: [] }
    for (const initiative of roadmap.initiatives) byWave[initiative.wave].push(initiative)
    return byWave
  }, [roadmap.initiatives])
  const moves = useWaveMoves(doc, columns, canEdit)

  // A card moved by keyboard is a new element in its new place: give it the focus back once it is rendered.
  useEffect(() => {
    if (!focusId) return
    const card = boardRef.current?.querySelector<HTMLElement>(`[data-initiative-id="${CSS.escape(focusId)}"]`)
    if (card && document.activeElement !== card) card.focus()
    setFocusId(null)
  }, [focusId])

  const handleMove = (initiative: Initiative, direction: MoveDirection) => {
    const landed = moves.moveByKey(initiative, direction)
    if (!landed) return
    setFocusId(initiative.id)
    setAnnouncement(
      t('waves.moved', {
        title: initiativeTitle(t, initiative),
        wave: t(`common.waveShort.${landed.wave}`),
        place: landed.place,
      }),
    )
  }

  return (
    <div className="rm-waves" ref={boardRef} role="group" aria-label={t('waves.boardLabel')} data-testid="waves-board">
      {WAVES.map((wave) => (
        <WaveColumn
          key={wave}
          wave={wave}
          initiatives={columns[wave]}
          openId={openId}
          draggedId={moves.draggedId}
          dropIndex={moves.target?.wave === wave ? moves.target.index : null}
          hintId={HINT_ID}
          canEdit={canEdit}
          cardDragProps={moves.cardDragProps}
          dropProps={moves.columnDropProps(wave)}
          onOpen={openInitiative}
          onMove={handleMove}
          onAdd={(target) => addBlankInitiative(doc, target, userName)}
        />
      ))}
      <p id={HINT_ID} className="rm-waves__sr">
        {t(canEdit ? 'waves.cardHint' : 'waves.cardHintViewer')}
      </p>
      <p className="rm-waves__sr" aria-live="polite">
        {announcement}
      </p>
    </div>
  )
}
