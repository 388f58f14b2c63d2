import {
  GRID_DEFAULTS,
  getLaneOffsets,
  isCardKind,
  type CardKind,
  getStageOffsets,
  type JourneyGridProps,
  type JourneyLane,
  type JourneyStage,
  type StageMetric,
} from '@cxmap/shared'
import { uniqueId, type Editor, type TLShapeId, type TLShapePartial } from 'tldraw'
import type { JourneyCardShape } from '../cards/cardShape.ts'
import { getGrid, isMovableCard, listCardsOnGrid } from './gridCards.ts'
import { isGridStructureLocked } from './gridLock.ts'
import { LANE_FIT_PADDING, LANE_MIN_H, STAGE_MIN_W } from './gridLayout.ts'
import type { JourneyGridShape } from './gridProps.ts'

// Every structural change goes through `relayout`: the grid's new stages/lanes and the cards that follow them are
// written in one `editor.run`, after one history mark, so a single undo restores the grid and every card together.

/** Changes the grid's props and moves (or deletes) the cards over it so each stays in its stage and lane. */
function relayout(editor: Editor, grid: JourneyGridShape, next: Partial<Pick<JourneyGridProps, 'stages' | 'lanes'>>) {
  const before = grid.props
  const after: JourneyGridProps = { ...before, ...next }
  const stageShift = getShifts(before.stages, getStageOffsets(before), after.stages, getStageOffsets(after))
  const laneShift = getShifts(before.lanes, getLaneOffsets(before), after.lanes, getLaneOffsets(after))
  const moves: TLShapePartial<JourneyCardShape>[] = []
  const deletions: TLShapeId[] = []
  for (const { card, stageIndex, laneIndex } of listCardsOnGrid(editor, grid)) {
    const dx = stageIndex === -1 ? 0 : stageShift[stageIndex]
    const dy = laneIndex === -1 ? 0 : laneShift[laneIndex]
    if (dx === null || dy === null) deletions.push(card.id)
    else if ((dx !== 0 || dy !== 0) && isMovableCard(card) && dx !== undefined && dy !== undefined) {
      moves.push({ id: card.id, type: card.type, x: card.x + dx, y: card.y + dy })
    }
  }
  editor.updateShapes<JourneyGridShape>([{ id: grid.id, type: grid.type, props: next }])
  if (moves.length > 0) editor.updateShapes(moves)
  if (deletions.length > 0) editor.deleteShapes(deletions)
}

/** For each span before the change: how far it moved, or null when it was removed. */
function getShifts(
  before: { id: string }[],
  beforeOffsets: number[],
  after: { id: string }[],
  afterOffsets: number[],
): (number | null)[] {
  const afterById = new Map(after.map((span, i) => [span.id, afterOffsets[i] ?? 0]))
  return before.map((span, i) => {
    const offset = afterById.get(span.id)
    return offset === undefined ? null : offset - (beforeOffsets[i] ?? 0)
  })
}

/** Runs a structural change as one undoable step; false when the grid is gone or locked (also by the workshop). */
function change(editor: Editor, gridId: TLShapeId, name: string, fn: (grid: JourneyGridShape) => void): boolean {
  const grid = getGrid(editor, gridId)
  if (!grid || isGridStructureLocked(editor, grid)) return false
  editor.markHistoryStoppingPoint(name)
  editor.run(() => fn(grid))
  return true
}

function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = items.slice()
  const [item] = result.splice(from, 1)
  if (item !== undefined) result.splice(to, 0, item)
  return result
}

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(Math.round(index), length))
}

/** Inserts a stage at `atIndex` (0 … stages.length); cards right of it move right by its width. Returns its id. */
export function insertStage(
  editor: Editor,
  gridId: TLShapeId,
  atIndex: number,
  init: Partial<Omit<JourneyStage, 'id'>> = {},
): string | null {
  const stage: JourneyStage = { id: uniqueId(), title: '', w: GRID_DEFAULTS.stageW, metrics: [], ...init }
  const isDone = change(editor, gridId, 'insert stage', (grid) => {
    const stages = grid.props.stages.slice()
    stages.splice(clampIndex(atIndex, stages.length), 0, stage)
    relayout(editor, grid, { stages })
  })
  return isDone ? stage.id : null
}

/** Deletes a stage with the cards in its column; cards right of it move back. The last stage is kept. */
export function deleteStage(editor: Editor, gridId: TLShapeId, stageId: string): boolean {
  const grid = getGrid(editor, gridId)
  if (!grid || grid.props.stages.length <= 1 || !grid.props.stages.some((s) => s.id === stageId)) return false
  return change(editor, gridId, 'delete stage', (current) =>
    relayout(editor, current, { stages: current.props.stages.filter((s) => s.id !== stageId) }),
  )
}

/** Moves the stage at `fromIndex` so it ends at `toIndex`; every card moves with its column. */
export function moveStage(editor: Editor, gridId: TLShapeId, fromIndex: number, toIndex: number): boolean {
  const grid = getGrid(editor, gridId)
  const count = grid?.props.stages.length ?? 0
  if (fromIndex === toIndex || fromIndex < 0 || fromIndex >= count || toIndex < 0 || toIndex >= count) return false
  return change(editor, gridId, 'move stage', (current) =>
    relayout(editor, current, { stages: moveItem(current.props.stages, fromIndex, toIndex) }),
  )
}

/** Sets a stage's width (at least `STAGE_MIN_W`); cards right of it follow. */
export function setStageWidth(editor: Editor, gridId: TLShapeId, stageId: string, w: number): boolean {
  const width = Math.max(STAGE_MIN_W, Math.round(w))
  return change(editor, gridId, 'resize stage', (grid) =>
    relayout(editor, grid, { stages: grid.props.stages.map((s) => (s.id === stageId ? { ...s, w: width } : s)) }),
  )
}

/** Inserts a lane at `atIndex` (0 … lanes.length); cards below it move down by its height. Returns its id. */
export function insertLane(
  editor: Editor,
  gridId: TLShapeId,
  atIndex: number,
  init: Partial<Omit<JourneyLane, 'id'>> = {},
): string | null {
  const lane: JourneyLane = { id: uniqueId(), title: '', h: GRID_DEFAULTS.laneH, cardKind: 'note', prompt: '', ...init }
  const isDone = change(editor, gridId, 'insert lane', (grid) => {
    const lanes = grid.props.lanes.slice()
    lanes.splice(clampIndex(atIndex, lanes.length), 0, lane)
    relayout(editor, grid, { lanes })
  })
  return isDone ? lane.id : null
}

/** Deletes a lane with the cards in its row; cards below it move up. The last lane is kept. */
export function deleteLane(editor: Editor, gridId: TLShapeId, laneId: string): boolean {
  const grid = getGrid(editor, gridId)
  if (!grid || grid.props.lanes.length <= 1 || !grid.props.lanes.some((l) => l.id === laneId)) return false
  return change(editor, gridId, 'delete lane', (current) =>
    relayout(editor, current, { lanes: current.props.lanes.filter((l) => l.id !== laneId) }),
  )
}

/** Moves the lane at `fromIndex` so it ends at `toIndex`; every card moves with its row. */
export function moveLane(editor: Editor, gridId: TLShapeId, fromIndex: number, toIndex: number): boolean {
  const grid = getGrid(editor, gridId)
  const count = grid?.props.lanes.length ?? 0
  if (fromIndex === toIndex || fromIndex < 0 || fromIndex >= count || toIndex < 0 || toIndex >= count) return false
  return change(editor, gridId, 'move lane', (current) =>
    relayout(editor, current, { lanes: moveItem(current.props.lanes, fromIndex, toIndex) }),
  )
}

/** Sets a lane's height (at least `LANE_MIN_H`); cards below it follow. */
export function setLaneHeight(editor: Editor, gridId: TLShapeId, laneId: string, h: number): boolean {
  const height = Math.max(LANE_MIN_H, Math.round(h))
  return change(editor, gridId, 'resize lane', (grid) =>
    relayout(editor, grid, { lanes: grid.props.lanes.map((l) => (l.id === laneId ? { ...l, h: height } : l)) }),
  )
}

/** Renames the grid. */
export function renameGrid(editor: Editor, gridId: TLShapeId, title: string): boolean {
  return change(editor, gridId, 'rename grid', (grid) =>
    editor.updateShapes<JourneyGridShape>([{ id: grid.id, type: grid.type, props: { title } }]),
  )
}

/** Renames a stage. */
export function renameStage(editor: Editor, gridId: TLShapeId, stageId: string, title: string): boolean {
  return updateStage(editor, gridId, stageId, 'rename stage', { title })
}

/** Replaces a stage's metrics. */
export function setStageMetrics(editor: Editor, gridId: TLShapeId, stageId: string, metrics: StageMetric[]) {
  return updateStage(editor, gridId, stageId, 'edit stage metrics', { metrics })
}

function updateStage(editor: Editor, gridId: TLShapeId, stageId: string, name: string, patch: Partial<JourneyStage>) {
  return change(editor, gridId, name, (grid) => {
    const stages = grid.props.stages.map((s) => (s.id === stageId ? { ...s, ...patch } : s))
    editor.updateShapes<JourneyGridShape>([{ id: grid.id, type: grid.type, props: { stages } }])
  })
}

/** Renames a lane. */
export function renameLane(editor: Editor, gridId: TLShapeId, laneId: string, title: string): boolean {
  return change(editor, gridId, 'rename lane', (grid) => {
    const lanes = grid.props.lanes.map((l) => (l.id === laneId ? { ...l, title } : l))
    editor.updateShapes<JourneyGridShape>([{ id: grid.id, type: grid.type, props: { lanes } }])
  })
}

/** What the lane settings change: the kind of card its cells create and the hint shown in its empty cells. */
export type LaneSettings = Pick<JourneyLane, 'cardKind' | 'prompt'>

/**
 * Changes a lane's settings in one undoable step. False when nothing changes (unknown lane, same values), when the
 * kind is not a card kind, or when the grid is gone, locked or read-only.
 */
export function setLaneSettings(
  editor: Editor,
  gridId: TLShapeId,
  laneId: string,
  patch: Partial<LaneSettings>,
): boolean {
  const lane = getGrid(editor, gridId)?.props.lanes.find((l) => l.id === laneId)
  if (!lane || (patch.cardKind !== undefined && !isCardKind(patch.cardKind))) return false
  const isChanged =
    (patch.cardKind !== undefined && patch.cardKind !== lane.cardKind) ||
    (patch.prompt !== undefined && patch.prompt !== lane.prompt)
  if (!isChanged) return false
  return change(editor, gridId, 'edit lane settings', (grid) => {
    const lanes = grid.props.lanes.map((l) => (l.id === laneId ? { ...l, ...patch } : l))
    editor.updateShapes<JourneyGridShape>([{ id: grid.id, type: grid.type, props: { lanes } }])
  })
}

/** Sets the kind of card a lane's cells create (double-click on a cell). */
export function setLaneCardKind(editor: Editor, gridId: TLShapeId, laneId: string, kind: CardKind): boolean {
  return setLaneSettings(editor, gridId, laneId, { cardKind: kind })
}

/** Sets the hint shown in a lane's empty cells ('' for none). */
export function setLanePrompt(editor: Editor, gridId: TLShapeId, laneId: string, prompt: string): boolean {
  return setLaneSettings(editor, gridId, laneId, { prompt })
}

/**
 * Grows every lane whose cards overflow it (a card's bottom below the lane's bottom, less padding) and moves the
 * cards below down. Lanes never shrink here. Sets no history mark: it joins the step of the change that caused it.
 * Returns whether anything grew.
 */
export function fitLanesToCards(editor: Editor, gridId: TLShapeId): boolean {
  const grid = getGrid(editor, gridId)
  if (!grid) return false
  const offsets = getLaneOffsets(grid.props)
  const needed = grid.props.lanes.map((lane) => lane.h)
  for (const { laneIndex, stageIndex, bottom } of listCardsOnGrid(editor, grid)) {
    if (laneIndex === -1 || stageIndex === -1) continue
    const fit = bottom + LANE_FIT_PADDING - (offsets[laneIndex] ?? 0)
    needed[laneIndex] = Math.max(needed[laneIndex] ?? 0, Math.ceil(fit))
  }
  if (needed.every((h, i) => h === grid.props.lanes[i]?.h)) return false
  const lanes = grid.props.lanes.map((lane, i) => ({ ...lane, h: needed[i] ?? lane.h }))
  // Growing is not a structural edit by the user: it also happens on a locked grid, or cards would overflow it.
  editor.run(() => relayout(editor, grid, { lanes }), { ignoreShapeLock: true })
  return true
}

/**
 * Grows lanes to at least `heights` (same order as the lanes; lanes never shrink here) and moves the cards below.
 * Sets no history mark. Returns whether anything grew.
 */
export function growLanes(editor: Editor, gridId: TLShapeId, heights: readonly number[]): boolean {
  const grid = getGrid(editor, gridId)
  if (!grid) return false
  const lanes = grid.props.lanes.map((lane, i) => ({ ...lane, h: Math.max(lane.h, Math.ceil(heights[i] ?? 0)) }))
  if (lanes.every((lane, i) => lane.h === grid.props.lanes[i]?.h)) return false
  // Growing is not a structural edit by the user: it also happens on a locked grid, or cards would overflow it.
  editor.run(() => relayout(editor, grid, { lanes }), { ignoreShapeLock: true })
  return true
}
