import { useMaybeEditor, useValue, type Editor } from 'tldraw'
import { getPageMaxPain } from './gridDerived.ts'
import { HEAT_GRADIENT } from './heatColors.ts'
import { selectIsHeatMapOn, useHeatMapStore } from './heatMapStore.ts'
import { useGridT } from './strings.ts'
import './gridPanels.css'

/**
 * The heat map's scale, from 0 to the most painful cell of the page, shown while the heat map is on. Place it inside
 * <Tldraw> (it reads the editor from context), or pass the editor.
 */
export function HeatMapLegend({ editor: editorProp }: { editor?: Editor | null }) {
  const contextEditor = useMaybeEditor()
  const editor = editorProp ?? contextEditor
  const isOn = useHeatMapStore(selectIsHeatMapOn)
  if (!editor || !isOn) return null
  return <Legend editor={editor} />
}

function Legend({ editor }: { editor: Editor }) {
  const t = useGridT()
  const maxPain = useValue('cx-grid legend max pain', () => getPageMaxPain(editor), [editor])
  return (
    <div className="cx-heat-legend" role="note" aria-label={t('heatMap')}>
      <span>{t('heatMapLegend')}</span>
      {maxPain === 0 ? (
        <span className="cx-heat-legend__scale">{t('heatMapNone')}</span>
      ) : (
        <>
          <div className="cx-heat-legend__bar" style={{ background: HEAT_GRADIENT }} />
          <div className="cx-heat-legend__scale">
            <span>0</span>
            <span>{maxPain}</span>
          </div>
        </>
      )}
    </div>
  )
}
