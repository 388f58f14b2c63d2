import { METRIC_KINDS, type Initiative, type InitiativeMetric, type MetricKind } from '@cxmap/shared'
import { useCallback, useEffect, useId, useRef, useState, type FocusEvent } from 'react'
import { uniqueId } from 'tldraw'
import { getMetricKindName } from '../../journey/i18n/metricKindName'
import { useUiLocale } from '../../i18n/useUiLocale'
import { useRoadmapT } from '../i18n'
import { useRoadmapBoard } from '../RoadmapContext'
import { metricName } from '../parts/format'
import { CloseIcon } from './InitiativeDrawer'
import type { PatchInitiative } from './InitiativeEditor'
import {
  pickNewMetricKind,
  toInitiativeMetric,
  toMetricDraft,
  validateMetricDraft,
  type MetricDraft,
} from './metricForm'
import { TEXT_WRITE_DELAY_MS } from '../../components/useLiveText'

interface MetricsProps {
  initiative: Initiative
  patch: PatchInitiative
  canEdit: boolean
}

/** The metrics an initiative moves, one editable row each; a row is written only while it is valid. */
export function MetricsEditor({ initiative, patch, canEdit }: MetricsProps) {
  const t = useRoadmapT()
  const { live } = useRoadmapBoard()
  const [addedId, setAddedId] = useState<string | null>(null)
  const { id, metrics } = initiative

  // Rows write against the latest stored list, so that a debounced write never undoes another row's change.
  const writeRow = useCallback(
    (metricId: string, next: InitiativeMetric | null) => {
      const current = live.getRoadmap().byId.get(id)?.metrics
      if (!current?.some((metric) => metric.id === metricId)) return
      patch({
        metrics: next
          ? current.map((metric) => (metric.id === metricId ? next : metric))
          : current.filter((metric) => metric.id !== metricId),
      })
    },
    [live, id, patch],
  )

  const addMetric = () => {
    const metric: InitiativeMetric = {
      id: uniqueId(),
      metric: pickNewMetricKind(metrics, METRIC_KINDS),
      label: '',
      effect: 0,
    }
    setAddedId(metric.id)
    patch({ metrics: [...metrics, metric] })
  }

  return (
    <div className="rm-drawer__metrics">
      {metrics.length === 0 ? (
        <p className="rm-drawer__empty muted">{canEdit ? t('drawer.noMetrics') : t('drawer.noLinks')}</p>
      ) : (
        <div className="rm-drawer__metric rm-drawer__metric--head" aria-hidden="true">
          <span>{t('drawer.metricKindLabel')}</span>
          <span>{t('drawer.metricLabelLabel')}</span>
          <span>{t('drawer.effectLabel')}</span>
          <span>{t('drawer.unitLabel')}</span>
        </div>
      )}
      {metrics.map((metric) => (
        <MetricRow
          key={metric.id}
          metric={metric}
          canEdit={canEdit}
          autoFocus={metric.id === addedId}
          onWrite={(next) => writeRow(metric.id, next)}
          onRemove={() => writeRow(metric.id, null)}
        />
      ))}
      {canEdit && (
        <button
          type="button"
          className="button button--small rm-drawer__add"
          data-testid="drawer-metric-add"
          onClick={addMetric}
        >
          + {t('drawer.addMetric')}
        </button>
      )}
    </div>
  )
}

function MetricRow({
  metric,
  canEdit,
  autoFocus,
  onWrite,
  onRemove,
}: {
  metric: InitiativeMetric
  canEdit: boolean
  autoFocus: boolean
  onWrite: (next: InitiativeMetric) => void
  onRemove: () => void
}) {
  const t = useRoadmapT()
  const locale = useUiLocale()
  const errorId = useId()
  // The row as typed; null shows the stored metric (live). Kept while invalid, so the error stays in view.
  const [draft, setDraft] = useState<MetricDraft | null>(null)
  const row = draft ?? toMetricDraft(metric, locale)
  const errors = validateMetricDraft(row)
  const pendingWrite = useDebouncedWrite(onWrite)

  const change = (fields: Partial<MetricDraft>, immediate: boolean) => {
    const next = { ...row, ...fields }
    setDraft(next)
    const stored = toInitiativeMetric(metric.id, next)
    if (!stored) return pendingWrite.cancel()
    pendingWrite.schedule(stored)
    if (immediate) pendingWrite.flush()
  }

  const handleBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return
    pendingWrite.flush()
    if (draft && toInitiativeMetric(metric.id, draft)) setDraft(null)
  }

  const name = metricName(t, { metric: row.metric, label: row.label })
  const messages = [errors.label && t('drawer.labelRequired'), errors.effect && t('drawer.invalidEffect')].filter(
    Boolean,
  )
  const message = messages.length > 0
  return (
    <div data-testid="drawer-metric" data-metric-id={metric.id} onBlur={handleBlur}>
      <div className="rm-drawer__metric">
        <select
          className="select rm-drawer__select"
          aria-label={t('drawer.metricKindLabel')}
          value={row.metric}
          disabled={!canEdit}
          onChange={(event) => change({ metric: event.target.value as MetricKind }, true)}
        >
          {METRIC_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind === 'custom' ? t('common.customMetric') : getMetricKindName(kind)}
            </option>
          ))}
        </select>
        <input
          className="input rm-drawer__input"
          aria-label={row.metric === 'custom' ? t('drawer.metricLabelLabel') : t('drawer.metricLabelOptional')}
          aria-invalid={errors.label ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          placeholder={!canEdit ? '' : row.metric === 'custom' ? t('drawer.metricLabelRequired') : row.metric}
          value={row.label}
          readOnly={!canEdit}
          maxLength={60}
          onChange={(event) => change({ label: event.target.value }, false)}
        />
        <input
          className={`input rm-drawer__input rm-drawer__effect${parseSign(row.effect)}`}
          aria-label={t('drawer.effectLabel')}
          aria-invalid={errors.effect ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          inputMode="decimal"
          placeholder={canEdit ? t('drawer.effectPlaceholder') : ''}
          value={row.effect}
          readOnly={!canEdit}
          autoFocus={autoFocus}
          onFocus={(event) => autoFocus && event.currentTarget.select()}
          onChange={(event) => change({ effect: event.target.value }, false)}
        />
        <input
          className="input rm-drawer__input"
          aria-label={t('drawer.unitLabel')}
          placeholder={canEdit ? t('drawer.unitPlaceholder') : ''}
          value={row.unit}
          readOnly={!canEdit}
          maxLength={20}
          onChange={(event) => change({ unit: event.target.value }, false)}
        />
        {canEdit && (
          <button
            type="button"
            className="icon-button rm-drawer__remove"
            aria-label={t('drawer.removeMetric', { name })}
            title={t('drawer.removeMetric', { name })}
            onClick={() => {
              pendingWrite.cancel()
              onRemove()
            }}
          >
            <CloseIcon size={12} />
          </button>
        )}
      </div>
      {message && (
        <div className="field__error rm-drawer__error" id={errorId} role="alert">
          {messages.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      )}
    </div>
  )
}

/** `--down` for a negative effect as typed, so the field takes the same colour as the roadmap's chips. */
function parseSign(text: string): string {
  return /^\s*[-\u2212\u2013]/.test(text) ? ' rm-drawer__effect--down' : ''
}

/** One pending write, sent after typing pauses, on flush, and when the row goes away. */
function useDebouncedWrite<T>(write: (value: T) => void) {
  const writeRef = useRef(write)
  writeRef.current = write
  const state = useRef<{ value: T; timer: ReturnType<typeof setTimeout> } | null>(null)
  const [api] = useState(() => {
    const cancel = () => {
      if (state.current) clearTimeout(state.current.timer)
      state.current = null
    }
    const flush = () => {
      const pending = state.current
      cancel()
      if (pending) writeRef.current(pending.value)
    }
    const schedule = (value: T) => {
      cancel()
      state.current = { value, timer: setTimeout(flush, TEXT_WRITE_DELAY_MS) }
    }
    return { cancel, flush, schedule }
  })
  useEffect(() => api.flush, [api])
  return api
}
