import { JourneyCardShapeUtil } from './cards/JourneyCardShapeUtil'
import { JourneyGridShapeUtil } from './grid/JourneyGridShapeUtil'
import { PersonaCardShapeUtil } from './personas/PersonaCardShapeUtil'

/**
 * The journey's custom shapes. The same list goes to the store (`createTLStore`, so the binding validates cx-grid and
 * cx-card records) and to <Tldraw> (so the editor renders them). Stable: tldraw rebuilds its editor when it changes.
 */
export const journeyShapeUtils = [JourneyGridShapeUtil, JourneyCardShapeUtil, PersonaCardShapeUtil] as const
