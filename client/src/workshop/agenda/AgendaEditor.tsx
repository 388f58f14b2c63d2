import {
  AGENDA_TITLE_MAX_LENGTH,
  addAgendaItem,
  advanceAgenda,
  findNextAgendaItem,
  readWorkshop,
  writeWorkshop,
  type Agenda,
} from '@cxmap/shared'
import { useId, useState, type FormEvent } from 'react'
import { useWorkshopT } from '../i18n'
import { useWorkshop, useWorkshopBoard } from '../WorkshopContext'
import { AgendaStepRow } from './AgendaStepRow'
import './agenda.css'

/** Applies an agenda operation to the control doc's current agenda (read at the moment of the change). */
export type ChangeAgenda = (change: (agenda: Agenda) => Agenda) => void

/** The facilitator's agenda in the cockpit: steps to add, rename, time, reorder and remove, and the current one. */
export function AgendaEditor() {
  const t = useWorkshopT()
  const { canControl, controlDoc } = useWorkshopBoard()
  const { agenda } = useWorkshop()
  const titleId = useId()
  if (!canControl) return null

  const change: ChangeAgenda = (operation) => {
    const before = readWorkshop(controlDoc).agenda
    const after = operation(before)
    if (after !== before) writeWorkshop(controlDoc, 'agenda', after)
  }
  const next = findNextAgendaItem(agenda)

  return (
    <section className="workshop-section agenda-editor" aria-labelledby={titleId} data-testid="agenda-editor">
      <div className="agenda-editor__header">
        <h3 id={titleId} className="workshop-section__title">
          {t('agenda.title')}
        </h3>
        <button
          type="button"
          className="button button--small"
          disabled={!next}
          title={next ? t('agenda.nextTitle', { title: next.title || t('agenda.untitled') }) : undefined}
          data-testid="agenda-next"
          onClick={() => change(advanceAgenda)}
        >
          {t('agenda.next')}
          <ArrowIcon />
        </button>
      </div>
      {agenda.items.length === 0 ? (
        <p className="workshop-section__hint muted">{t('agenda.empty')}</p>
      ) : (
        <ol className="agenda-list" aria-label={t('agenda.listLabel')} data-testid="agenda-list">
          {agenda.items.map((item, index) => (
            <AgendaStepRow
              key={item.id}
              item={item}
              number={index + 1}
              total={agenda.items.length}
              isCurrent={item.id === agenda.currentId}
              onChange={change}
            />
          ))}
        </ol>
      )}
      <NewStepForm onAdd={(title) => change((before) => addAgendaItem(before, title))} />
    </section>
  )
}

function NewStepForm({ onAdd }: { onAdd: (title: string) => void }) {
  const t = useWorkshopT()
  const [title, setTitle] = useState('')
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!title.trim()) return
    onAdd(title)
    setTitle('')
  }
  return (
    <form className="agenda-add" onSubmit={handleSubmit}>
      <input
        className="input input--small"
        aria-label={t('agenda.newStepLabel')}
        placeholder={t('agenda.newStepPlaceholder')}
        maxLength={AGENDA_TITLE_MAX_LENGTH}
        value={title}
        data-testid="agenda-new-step"
        onChange={(event) => setTitle(event.target.value)}
      />
      <button type="submit" className="button button--small" disabled={!title.trim()} data-testid="agenda-add">
        {t('agenda.add')}
      </button>
    </form>
  )
}

/** A right arrow, for "next step". */
export function ArrowIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" fill="none" aria-hidden="true">
      <path d="M2 6h8M6.5 2.5 10 6l-3.5 3.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  )
}
