import type { TFunction } from 'i18next'
import { useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiRequestError, importBoardFile } from '../../api/client'
import { describeApiError } from '../../api/errorMessage'
import { classifyCreateFailure } from './createFailure'
import { CreatorKeyField } from './CreatorKeyField'
import { useCreatorKey } from './useCreatorKey'
import { openNewBoard } from './openNewBoard'

/** The server's limit for a board file (`MAX_BOARD_FILE_BYTES`): larger ones are refused here without uploading. */
const MAX_BOARD_FILE_MB = 64

/** Why the import failed; `detail` is the server's own account of what is wrong with the file. */
interface ImportError {
  message: string
  detail?: string
}

/**
 * "Import a board file": a `.cxmap.json` file, picked or dropped, becomes a new board with new links, which opens
 * as its facilitator and is remembered in "your boards" as a created board is. An import is a creation: when the
 * server needs its creator key, the form asks for it as the creation form does.
 */
export function ImportBoardForm() {
  const { t } = useTranslation()
  const creatorKey = useCreatorKey()
  const [error, setError] = useState<ImportError | null>(null)
  const [isImporting, setIsImporting] = useState(false)
  const [isDragOver, setIsDragOver] = useState(false)

  const handleFile = async (file: File | undefined) => {
    if (!file || isImporting) return
    if (file.size > MAX_BOARD_FILE_MB * 1024 * 1024) {
      return setError({ message: t('home.importTooLarge', { max: MAX_BOARD_FILE_MB }) })
    }
    const key = creatorKey.readKeyToSend()
    if (creatorKey.isAsking && !key) return setError({ message: t('home.creatorKeyMissing') })
    setError(null)
    setIsImporting(true)
    try {
      const board = await importBoardFile(file, key)
      creatorKey.handleAccepted()
      openNewBoard(board)
    } catch (caught) {
      const failure = classifyCreateFailure(caught)
      if (failure.kind === 'keyRequired' || failure.kind === 'keyInvalid') creatorKey.handleRejected()
      setError(describeImportFailure(t, caught))
      setIsImporting(false)
    }
  }

  const handleDrop = (event: DragEvent) => {
    event.preventDefault()
    setIsDragOver(false)
    void handleFile(event.dataTransfer.files[0])
  }

  return (
    <section className="card" aria-labelledby="import-board-heading">
      <h2 className="card__title" id="import-board-heading">
        {t('home.importHeading')}
      </h2>
      <p className="muted import-board__hint">{t('home.importHint')}</p>
      {creatorKey.isAsking && (
        <CreatorKeyField
          value={creatorKey.draft}
          isInvalid={error !== null}
          onChange={creatorKey.setDraft}
          testId="import-creator-key"
        />
      )}
      <label
        className={`import-board__drop${isDragOver ? ' import-board__drop--over' : ''}`}
        data-testid="import-board-drop"
        aria-busy={isImporting}
        onDragOver={(event) => {
          event.preventDefault()
          setIsDragOver(true)
        }}
        onDragLeave={() => setIsDragOver(false)}
        onDrop={handleDrop}
      >
        <input
          type="file"
          className="import-board__input"
          accept=".json,application/json"
          data-testid="import-board-input"
          disabled={isImporting}
          onChange={(event) => {
            void handleFile(event.target.files?.[0])
            event.target.value = ''
          }}
        />
        <span className="button">{isImporting ? t('home.importing') : t('home.importChoose')}</span>
        <span className="muted">{t('home.importDrop')}</span>
      </label>
      {error && (
        <p className="form-error" role="alert" data-testid="import-board-error">
          {error.message}
          {error.detail && <span className="import-board__detail">{error.detail}</span>}
        </p>
      )}
    </section>
  )
}

/** What to say when an import failed: the creator key, the creation limit, a refused file (with the server's reason). */
function describeImportFailure(t: TFunction, caught: unknown): ImportError {
  const failure = classifyCreateFailure(caught)
  if (failure.kind === 'keyRequired') return { message: t('home.creatorKeyMissing') }
  if (failure.kind === 'keyInvalid') return { message: t('home.creatorKeyWrong') }
  if (failure.kind === 'tooMany') return { message: t('home.tooManyBoards', { minutes: failure.minutes }) }
  // The server says exactly what is wrong with the file, in English: shown under a translated sentence.
  if (caught instanceof ApiRequestError && caught.code === 'bad_request') {
    return { message: t('home.importInvalid'), detail: caught.message }
  }
  return { message: describeApiError(t, caught) }
}
