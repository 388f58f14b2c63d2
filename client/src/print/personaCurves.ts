import type { GridPersonaCurves, Persona } from '@cxmap/shared'

/** One line of a grid's emotion curve split by persona, ready to print. */
export interface PrintPersonaCurve {
  /** '' = everyone (every feeling of the grid). */
  personaId: string
  name: string
  color: string
  /** Mean feeling score per stage, in stage order; null where the line has no feeling. */
  scores: (number | null)[]
}

/** The colour of everyone's line (dashed) beside the personas' own colours. */
export const EVERYONE_COLOR = '#1f2328'

/**
 * A grid's curves from `readPersonaCurves` as printed: everyone's line, then each persona with a feeling on the grid.
 * Empty when no persona has one: the grid's single curve says it all.
 */
export function toPrintCurves(
  grid: GridPersonaCurves | undefined,
  personas: readonly Persona[],
  everyoneName: string,
): PrintPersonaCurve[] {
  if (!grid) return []
  const byId = new Map(personas.map((persona) => [persona.id, persona]))
  const curves: PrintPersonaCurve[] = []
  for (const curve of grid.curves) {
    const scores = curve.points.map((point) => point.score)
    const persona = byId.get(curve.personaId)
    if (curve.personaId === '') curves.push({ personaId: '', name: everyoneName, color: EVERYONE_COLOR, scores })
    else if (persona && scores.some((score) => score !== null)) {
      curves.push({ personaId: persona.id, name: persona.name, color: persona.color, scores })
    }
  }
  return curves.some((curve) => curve.personaId !== '') ? curves : []
}

/** The as-is journey and the to-be map it is compared with: the first of each whose curve is split by persona. */
export function pickCurvePair(
  states: readonly GridPersonaCurves[],
  curvesByGrid: ReadonlyMap<string, PrintPersonaCurve[]>,
): { asIs: string; toBe: string } | null {
  const split = (state: GridPersonaCurves['state']) =>
    states.find((grid) => grid.state === state && (curvesByGrid.get(grid.gridId)?.length ?? 0) > 0)?.gridId
  const asIs = split('as-is')
  const toBe = split('to-be')
  return asIs && toBe ? { asIs, toBe } : null
}
