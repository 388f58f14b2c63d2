import {
  addStimulus,
  addTrigger,
  deleteStimulus,
  deleteTrigger,
  updateStimulus,
  updateTrigger,
  type RoadmapItem,
  type RoadmapItemList as ListName,
} from '@cxmap/shared'
import { useState, type KeyboardEvent } from 'react'
import { useRoadmapT } from '../i18n'
import { useRoadmap, useRoadmapBoard } from '../RoadmapContext'
import { planItemMove } from './itemOrder'
import { ItemRow, type ItemActions } from './ItemRow'

const LISTS = {
  triggers: {
    add: addTrigger,
    update: updateTrigger,
    remove: deleteTrigger,
    title: 'summary.triggersTitle',
    hint: 'summary.triggersHint',
    placeholder: 'summary.triggerAdd',
    empty: 'summary.triggersEmpty',
    testId: 'trigger-list',
    addTestId: 'trigger-add',
  },
  stimuli: {
    add: addStimulus,
    update: updateStimulus,
    remove: deleteStimulus,
    title: 'summary.stimuliTitle',
    hint: 'summary.stimuliHint',
    placeholder: 'summary.stimulusAdd',
    empty: 'summary.stimuliEmpty',
    testId: 'stimulus-list',
    addTestId: 'stimulus-add',
  },
} as const

/** The loyalty triggers or the stimuli: an ordered list of short statements, each optionally with a department. */
export function RoadmapItemList({ list }: { list: ListName }) {
  const t = useRoadmapT()
  const { doc, canEdit } = useRoadmapBoard()
  const { roadmap } = useRoadmap()
  const config = LISTS[list]
  const items = roadmap[list]
  const [newText, setNewText] = useState('')

  const actions: ItemActions = {
    setText: (id, text) => config.update(doc, id, { text }),
    setDepartment: (id, departmentId) => config.update(doc, id, { departmentId }),
    move: (id, direction) => {
      const writes = planItemMove(items, id, direction)
      doc.transact(() => writes.forEach((write) => config.update(doc, write.id, { order: write.order })))
    },
    remove: (id) => config.remove(doc, id),
  }
  const handleAddKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
    event.preventDefault()
    const text = newText.trim()
    if (!text) return
    config.add(doc, { text })
    setNewText('')
  }

  const titleId = `rm-sum-${list}`
  return (
    <section className="rm-sum__card" data-testid={config.testId} aria-labelledby={titleId}>
      <header className="rm-sum__header">
        <h3 id={titleId} className="rm-sum__title">
          {t(config.title)}
          {items.length > 0 && <span className="rm-sum__count-badge">{items.length}</span>}
        </h3>
        <p className="rm-sum__hint muted">{t(config.hint)}</p>
      </header>
      {items.length === 0 && !canEdit && <p className="rm-sum__empty muted">{t(config.empty)}</p>}
      {items.length > 0 && (
        <ol className="rm-sum__items">
          {items.map((item: RoadmapItem, index) => (
            <ItemRow
              key={item.id}
              item={item}
              index={index}
              isLast={index === items.length - 1}
              canEdit={canEdit}
              actions={actions}
            />
          ))}
        </ol>
      )}
      {canEdit && (
        <input
          className="input input--small rm-sum__add"
          data-testid={config.addTestId}
          aria-label={t(config.placeholder)}
          placeholder={t(config.placeholder)}
          value={newText}
          onChange={(event) => setNewText(event.target.value)}
          onKeyDown={handleAddKeyDown}
        />
      )}
    </section>
  )
}
