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
        className="button button--small"
        data-testid="insert-template-button"
        aria-expanded={isOpen}
        title={t('board.insertTemplate')}
        aria-label={t('board.insertTemplate')}
        disabled={!editor}
        onClick={() => setIsOpen((open) => !open)}
      >
        <InsertGridIcon />
        <span className="topbar__label">{t('board.insertTemplate')}</span>
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

/** A grid with a plus: "add a template's grid to this board". */
function InsertGridIcon() {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <rect x="3" y="3" width="13" height="13" rx="1.5" />
      <path d="M3 9.5h13M9.5 3v13" />
      <path d="M19 14v7M15.5 17.5h7" strokeLinecap="round" />
    </svg>
  )
}
