import { TEMPLATE_IDS, type Locale, type TemplateId } from '@cxmap/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import type * as Y from 'yjs'
import { insertTemplate } from './insertTemplate'

const INSERTABLE: TemplateId[] = TEMPLATE_IDS.filter((id) => id !== 'blank')

/** A top-bar menu that inserts one of the method's templates into the open board, in the board's language. */
export function InsertTemplateMenu({ editor, doc, locale }: { editor: Editor | null; doc: Y.Doc; locale: Locale }) {
  const { t } = useTranslation()
  const [isOpen, setIsOpen] = useState(false)
  const [withExample, setWithExample] = useState(false)

  const handleInsert = (template: TemplateId) => {
    if (!editor) return
    insertTemplate(editor, doc, template, locale, { withExample })
    setIsOpen(false)
  }

  return (
    <div className="popover-anchor">
      <button
        type="button"
        className="button"
        data-testid="insert-template-button"
        aria-expanded={isOpen}
        disabled={!editor}
        onClick={() => setIsOpen((open) => !open)}
      >
        {t('board.insertTemplate')}
      </button>
      {isOpen && (
        <div className="popover insert-template-menu" role="menu" data-testid="insert-template-menu">
          {INSERTABLE.map((id) => (
            <button
              key={id}
              type="button"
              role="menuitem"
              className="insert-template-menu__item"
              data-testid={`insert-template-${id}`}
              onClick={() => handleInsert(id)}
            >
              <span className="template-option__name">{t(`templates.${id}.name`)}</span>
              <span className="template-option__description muted">{t(`templates.${id}.description`)}</span>
            </button>
          ))}
          <label className="checkbox-field">
            <input type="checkbox" checked={withExample} onChange={(event) => setWithExample(event.target.checked)} />
            <span>{t('home.withExample')}</span>
          </label>
        </div>
      )}
    </div>
  )
}
