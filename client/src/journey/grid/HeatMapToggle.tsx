import { GridIcon } from './GridIcons.tsx'
import { selectIsHeatMapOn, useHeatMapStore } from './heatMapStore.ts'
import { useGridT } from './strings.ts'
import './gridPanels.css'

/** A toolbar button that shows or hides the heat map on every grid of this screen. */
export function HeatMapToggle() {
  const t = useGridT()
  const isOn = useHeatMapStore(selectIsHeatMapOn)
  const toggle = useHeatMapStore((state) => state.toggleHeatMap)
  return (
    <button
      type="button"
      className="cx-heat-toggle"
      data-testid="heat-map-toggle"
      aria-pressed={isOn}
      title={t(isOn ? 'heatMapOn' : 'heatMapOff')}
      onClick={toggle}
    >
      <GridIcon name="flame" />
      <span className="topbar__label">{t('heatMap')}</span>
    </button>
  )
}
