import { useTranslation } from 'react-i18next'
import { useMaybeEditor, useValue, type Editor } from 'tldraw'
import { OPPORTUNITY_GRADIENT } from '../monetisation/opportunity.ts'
import { formatRevenueShort } from '../monetisation/revenue.ts'
import { useMonetisationT } from '../monetisation/strings.ts'
import { getPageMaxPain, getPageOpportunityScale } from './gridDerived.ts'
import { HEAT_GRADIENT } from './heatColors.ts'
import { selectHeatLayer, selectIsHeatMapOn, useHeatMapStore, type HeatLayer } from './heatMapStore.ts'
import { useGridT } from './strings.ts'
import './gridPanels.css'

const LAYERS: HeatLayer[] = ['pain', 'opportunity']

/**
 * The heat map's layer switch (pain or opportunity) and scale, from 0 to the page's top, shown while the heat map is
 * on. Place it inside <Tldraw> (it reads the editor from context), or pass the editor.
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
  const tMoney = useMonetisationT()
  const layer = useHeatMapStore(selectHeatLayer)
  const setLayer = useHeatMapStore((state) => state.setLayer)
  return (
    <div
      className="cx-heat-legend"
      role="note"
      aria-label={t('heatMap')}
      data-testid="heat-map-legend"
      data-layer={layer}
    >
      <div className="cx-heat-legend__layers" role="radiogroup" aria-label={tMoney('layer')}>
        {LAYERS.map((value) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={layer === value}
            className="cx-heat-legend__layer"
            data-testid={`heat-layer-${value}`}
            onClick={() => setLayer(value)}
          >
            {tMoney(value)}
          </button>
        ))}
      </div>
      {layer === 'pain' ? <PainScale editor={editor} /> : <OpportunityScale editor={editor} />}
    </div>
  )
}

function PainScale({ editor }: { editor: Editor }) {
  const t = useGridT()
  const maxPain = useValue('cx-grid legend max pain', () => getPageMaxPain(editor), [editor])
  return (
    <>
      <span>{t('heatMapLegend')}</span>
      {maxPain === 0 ? (
        <span className="cx-heat-legend__scale">{t('heatMapNone')}</span>
      ) : (
        <Scale gradient={HEAT_GRADIENT} top={String(maxPain)} />
      )}
    </>
  )
}

function OpportunityScale({ editor }: { editor: Editor }) {
  const t = useMonetisationT()
  const { i18n } = useTranslation()
  const scale = useValue('cx-grid legend opportunity', () => getPageOpportunityScale(editor), [editor])
  const top =
    scale.maxRevenue > 0
      ? t('perMonth', { value: formatRevenueShort(scale.maxRevenue, i18n.language) })
      : t('opportunities', { count: scale.maxCount })
  return (
    <>
      <span>{t('opportunityLegend')}</span>
      {scale.maxCount === 0 ? (
        <span className="cx-heat-legend__scale">{t('opportunityNone')}</span>
      ) : (
        <Scale gradient={OPPORTUNITY_GRADIENT} top={top} />
      )}
    </>
  )
}

function Scale({ gradient, top }: { gradient: string; top: string }) {
  return (
    <>
      <div className="cx-heat-legend__bar" style={{ background: gradient }} />
      <div className="cx-heat-legend__scale">
        <span>0</span>
        <span>{top}</span>
      </div>
    </>
  )
}
