import { useState } from 'react'
import { addBlankInitiative } from './actions'
import { RoadmapTimeline } from './timeline/RoadmapTimeline'
import i18next from 'i18next'
import { downloadExport, fileStem } from '../api/download'
import { describeExportError } from '../api/errorMessage'
import { useRoadmapT } from './i18n'
import { useRoadmap, useRoadmapBoard } from './RoadmapContext'
import { ROADMAP_TABS, useRoadmapUiStore } from './roadmapUiStore'
import { RoadmapSummary } from './summary/RoadmapSummary'
import { RoadmapTable } from './table/RoadmapTable'
import { WavesBoard } from './waves/WavesBoard'
import './roadmap.css'

/** `/b/:id/roadmap`: the board's roadmap in four views, with adding and exporting. */
export function RoadmapPage({ boardId, token, title }: { boardId: string; token: string; title: string }) {
  const t = useRoadmapT()
  const { doc, canEdit, userName } = useRoadmapBoard()
  const { roadmap } = useRoadmap()
  const tab = useRoadmapUiStore((state) => state.tab)
  const setTab = useRoadmapUiStore((state) => state.setTab)
  const [exportError, setExportError] = useState<string | null>(null)

  const download = (format: 'csv' | 'json') => {
    setExportError(null)
    downloadExport(`/api/boards/${boardId}/roadmap.${format}`, token, `${fileStem(title)}-roadmap.${format}`).catch(
      (error: unknown) => setExportError(t('common.exportFailed', { message: describeExportError(i18next.t, error) })),
    )
  }

  return (
    <section className="rm-page" data-testid="roadmap-page" aria-label={t('common.roadmap')}>
      <header className="rm-page__header">
        <h2 className="rm-page__title">{t('common.roadmap')}</h2>
        <div className="rm-tabs" role="tablist" aria-label={t('common.tabsLabel')}>
          {ROADMAP_TABS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={tab === id}
              className={tab === id ? 'rm-tab rm-tab--active' : 'rm-tab'}
              data-testid={`roadmap-tab-${id}`}
              onClick={() => setTab(id)}
            >
              {t(`common.tabs.${id}`)}
            </button>
          ))}
        </div>
        <div className="rm-page__actions">
          {canEdit && (
            <button
              type="button"
              className="button button--primary button--small"
              data-testid="roadmap-add"
              onClick={() => addBlankInitiative(doc, 1, userName)}
            >
              {t('common.addInitiative')}
            </button>
          )}
          <span className="rm-export" role="group" aria-label={t('common.exportLabel')}>
            <button
              type="button"
              className="button button--small"
              data-testid="roadmap-export-csv"
              onClick={() => download('csv')}
            >
              {t('common.exportCsv')}
            </button>
            <button
              type="button"
              className="button button--small"
              data-testid="roadmap-export-json"
              onClick={() => download('json')}
            >
              {t('common.exportJson')}
            </button>
          </span>
        </div>
      </header>
      {!canEdit && <p className="rm-page__note muted">{t('common.readOnly')}</p>}
      {exportError && (
        <p className="rm-page__note rm-page__note--error" role="alert">
          {exportError}
        </p>
      )}
      <div className="rm-page__body" role="tabpanel">
        {roadmap.initiatives.length === 0 && tab !== 'summary' && (
          <p className="rm-page__empty muted" data-testid="roadmap-empty">
            {t('common.empty')}
          </p>
        )}
        {tab === 'waves' ? (
          <WavesBoard />
        ) : roadmap.initiatives.length === 0 && tab !== 'summary' ? null : tab === 'table' ? (
          <RoadmapTable />
        ) : tab === 'timeline' ? (
          <RoadmapTimeline />
        ) : (
          <RoadmapSummary />
        )}
      </div>
    </section>
  )
}
