import { METRIC_KINDS, type JourneyStage, type MetricKind } from '@cxmap/shared'
import { useState } from 'react'
import { uniqueId, type TLShapeId } from 'tldraw'
import { useUiLocale } from '../../i18n/useUiLocale.ts'
import { getMetricKindName } from '../i18n/metricKindName.ts'
import { GridPopover } from './GridPopover.tsx'
import { toMetricDraft, toStageMetrics, validateMetricDraft, type MetricDraft } from './metricForm.ts'
import { useGridT } from './strings.ts'

/** Adds, edits and removes a stage's metrics; saves nothing while a number is invalid. */
export function MetricsPopover({
  gridId,
  x,
  y,
  stage,
  stageTitle,
  onSave,
  onClose,
}: {
  gridId: TLShapeId
  x: number
  y: number
  stage: JourneyStage
  stageTitle: string
  onSave: (metrics: NonNullable<ReturnType<typeof toStageMetrics>>) => void
  onClose: () => void
}) {
  const t = useGridT()
  const locale = useUiLocale()
  const [drafts, setDrafts] = useState<MetricDraft[]>(() =>
    stage.metrics.map((metric) => toMetricDraft(metric, locale)),
  )
  const metrics = toStageMetrics(drafts)
  const title = t('metricsOf', { title: stageTitle })

  function update(id: string, patch: Partial<MetricDraft>) {
    setDrafts((current) => current.map((draft) => (draft.id === id ? { ...draft, ...patch } : draft)))
  }

  function addMetric() {
    const used = new Set(drafts.map((draft) => draft.kind))
    const kind = METRIC_KINDS.find((k) => k !== 'custom' && !used.has(k)) ?? 'custom'
    setDrafts((current) => [...current, { id: uniqueId(), kind, label: '', current: '', target: '' }])
  }

  return (
    <GridPopover gridId={gridId} x={x} y={y} label={title} onClose={onClose}>
      <h3>{title}</h3>
      {drafts.length === 0 ? (
        <p className="cx-grid__metric-head">{t('noMetrics')}</p>
      ) : (
        <div className="cx-grid__metric-row cx-grid__metric-head" aria-hidden="true">
          <span>{t('metricKind')}</span>
          <span>{t('metricLabel')}</span>
          <span>{t('metricCurrent')}</span>
          <span>{t('metricTarget')}</span>
        </div>
      )}
      {drafts.map((draft) => {
        const errors = validateMetricDraft(draft)
        const message = errors.label ?? errors.current ?? errors.target
        return (
          <div key={draft.id}>
            <div className="cx-grid__metric-row">
              <select
                aria-label={t('metricKind')}
                value={draft.kind}
                onChange={(event) => update(draft.id, { kind: event.target.value as MetricKind })}
              >
                {METRIC_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {kind === 'custom' ? t('customMetric') : getMetricKindName(kind)}
                  </option>
                ))}
              </select>
              <input
                aria-label={t('metricLabel')}
                aria-invalid={errors.label ? true : undefined}
                value={draft.label}
                placeholder={draft.kind === 'custom' ? '' : draft.kind}
                maxLength={40}
                onChange={(event) => update(draft.id, { label: event.target.value })}
              />
              <input
                aria-label={t('metricCurrent')}
                aria-invalid={errors.current ? true : undefined}
                inputMode="decimal"
                value={draft.current}
                onChange={(event) => update(draft.id, { current: event.target.value })}
              />
              <input
                aria-label={t('metricTarget')}
                aria-invalid={errors.target ? true : undefined}
                inputMode="decimal"
                value={draft.target}
                onChange={(event) => update(draft.id, { target: event.target.value })}
              />
              <button
                type="button"
                className="cx-grid__icon-button"
                aria-label={t('removeMetric')}
                title={t('removeMetric')}
                onClick={() => setDrafts((current) => current.filter((d) => d.id !== draft.id))}
              >
                ×
              </button>
            </div>
            {message && (
              <p className="cx-grid__error" role="alert">
                {t(message)}
              </p>
            )}
          </div>
        )
      })}
      <div className="cx-grid__popover-actions">
        <button type="button" style={{ marginRight: 'auto' }} onClick={addMetric}>
          + {t('addMetric')}
        </button>
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="cx-grid__primary"
          disabled={metrics === null}
          onClick={() => metrics && onSave(metrics)}
        >
          {t('save')}
        </button>
      </div>
    </GridPopover>
  )
}
