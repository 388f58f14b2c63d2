import type { TLShapeId } from 'tldraw'
import { create } from 'zustand'

/** The part of a grid whose title is being edited in place. */
export type GridEditTarget = { part: 'title' } | { part: 'stage'; id: string } | { part: 'lane'; id: string }

/** A small panel open over a grid. */
export type GridPopover =
  | { type: 'metrics'; stageId: string }
  | { type: 'deleteStage'; stageId: string }
  | { type: 'deleteLane'; laneId: string }
  | { type: 'laneSettings'; laneId: string }

interface GridUiState {
  /** What the next (or current) in-place edit of each grid changes; the editor's editing shape says when. */
  editTargets: Record<TLShapeId, GridEditTarget>
  popover: { gridId: TLShapeId; popover: GridPopover } | null
  /** How many emotion-curve overlays are mounted: while any is, the grids do not draw the curve themselves. */
  curveOverlayCount: number
  mountCurveOverlay: () => () => void
  setEditTarget: (gridId: TLShapeId, target: GridEditTarget) => void
  openPopover: (gridId: TLShapeId, popover: GridPopover) => void
  closePopover: () => void
}

/** Local UI state of the grids on this screen (never synced). */
export const useGridUiStore = create<GridUiState>()((set) => ({
  editTargets: {},
  popover: null,
  curveOverlayCount: 0,
  mountCurveOverlay: () => {
    set((state) => ({ curveOverlayCount: state.curveOverlayCount + 1 }))
    return () => set((state) => ({ curveOverlayCount: state.curveOverlayCount - 1 }))
  },
  setEditTarget: (gridId, target) => set((state) => ({ editTargets: { ...state.editTargets, [gridId]: target } })),
  openPopover: (gridId, popover) => set({ popover: { gridId, popover } }),
  closePopover: () => set({ popover: null }),
}))
