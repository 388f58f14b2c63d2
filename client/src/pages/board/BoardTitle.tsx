import { MAX_TITLE_LENGTH } from '@cxmap/shared'
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { renameBoard } from '../../api/client'
import { describeApiError } from '../../api/errorMessage'
import { useBoardsStore } from '../../state/boardsStore'

interface BoardTitleProps {
  boardId: string
  token: string
  title: string
  canRename: boolean
  onTitleChange: (title: string) => void
}

/** The board's title; facilitators and editors rename it in place (Enter saves, Esc cancels). */
export function BoardTitle({ boardId, token, title, canRename, onTitleChange }: BoardTitleProps) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [isSaving, setIsSaving] = useState(false)

  if (draft === null) {
    if (!canRename) {
      return (
        <h1 className="board-title" data-testid="board-title" title={title}>
          {title}
        </h1>
      )
    }
    return (
      <button
        type="button"
        className="board-title board-title--editable"
        data-testid="board-title"
        // The full title on hover (the bar may cut it), then what a click does.
        title={`${title}\n${t('board.renameLabel')}`}
        onClick={() => setDraft(title)}
      >
        {title}
      </button>
    )
  }

  const cancel = () => {
    setDraft(null)
    setError(null)
  }
  const save = async () => {
    const trimmed = draft.trim()
    if (trimmed === title) return cancel()
    if (!trimmed) return setError(t('home.titleRequired'))
    setIsSaving(true)
    try {
      const board = await renameBoard(boardId, token, trimmed)
      onTitleChange(board.title)
      const remembered = useBoardsStore.getState().boards.find((candidate) => candidate.id === boardId)
      if (remembered) useBoardsStore.getState().rememberBoard({ ...remembered, title: board.title })
      cancel()
    } catch (caught) {
      // The typed title stays in the input so that nothing is lost; the error says why it was not saved.
      setError(describeApiError(t, caught))
    } finally {
      setIsSaving(false)
    }
  }
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      void save()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      cancel()
    }
  }

  return (
    <div className="board-title-editor">
      <input
        className="input input--title"
        data-testid="board-title-input"
        aria-label={t('board.renameLabel')}
        title={t('board.renameHint')}
        value={draft}
        maxLength={MAX_TITLE_LENGTH}
        autoFocus
        readOnly={isSaving}
        aria-invalid={error !== null}
        onChange={(event) => {
          setDraft(event.target.value)
          setError(null)
        }}
        onKeyDown={handleKeyDown}
        onBlur={() => {
          if (!isSaving && error === null && draft.trim() === title) cancel()
        }}
      />
      {isSaving && <span className="muted board-title-editor__status">{t('board.titleSaving')}</span>}
      {error && (
        <span className="popover-error" role="alert" data-testid="error-message">
          {error}
        </span>
      )}
    </div>
  )
}
