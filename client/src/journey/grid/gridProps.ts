import type { JOURNEY_GRID_TYPE, JourneyGridProps } from '@cxmap/shared'
import type { TLShape } from 'tldraw'

// The grid's model (props, validators, migrations, reader) is in shared/src/journey/grid.ts; this registers its
// props with tldraw's types.
declare module 'tldraw' {
  export interface TLGlobalShapePropsMap {
    [JOURNEY_GRID_TYPE]: JourneyGridProps
  }
}

/** The journey grid as a tldraw shape. */
export type JourneyGridShape = TLShape<typeof JOURNEY_GRID_TYPE>
