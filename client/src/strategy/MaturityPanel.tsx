import {
  findStrategySection,
  MATURITY_SIGNS,
  MATURITY_STAGES,
  assessMaturity,
  getStrategyTexts,
  getTemplateTexts,
  setMaturitySign,
  type MaturityAssessment,
} from '@cxmap/shared'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { Link } from '../components/Link'
import { boardViewPath } from '../routing/navigation'
import { useStrategyLocale, useStrategyT } from './i18n'
import { scrollToPart } from './partLinks'

const MATURITY_ORIGIN = { source: 'strategy-maturity' }

/**
 * «Зрелость CX»: the seed's signs of each stage as checkboxes (stored on the board), where they place the company and
 * which templates and parts to start with. Folded to its result once answered, so that the parts come first.
 */
export function MaturityPanel({ doc, boardId, canEdit }: { doc: Y.Doc; boardId: string; canEdit: boolean }) {
  const t = useStrategyT()
  const checked = useCheckedSigns(doc)
  const [isOpen, setIsOpen] = useState(() => checked.length === 0)
  const texts = getStrategyTexts(useStrategyLocale())
  const assessment = assessMaturity(checked)
  return (
    <details
      className="st-maturity"
      data-testid="strategy-maturity"
      open={isOpen}
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
    >
      <summary className="st-maturity__summary" data-testid="maturity-toggle">
        <h3 className="st-maturity__title">{t('maturity.title')}</h3>
        <span className="st-maturity__stage-name">
          {assessment.stage ? texts.stages[assessment.stage].name : t('maturity.noStage')}
        </span>
      </summary>
      <p className="muted st-maturity__hint">{t('maturity.hint')}</p>
      <div className="st-maturity__stages">
        {MATURITY_STAGES.map((stage, index) => (
          <fieldset key={stage} className="st-maturity__stage" disabled={!canEdit}>
            <legend>
              <span className="st-maturity__step">{index + 1}</span> {texts.stages[stage].name}
            </legend>
            <p className="st-maturity__question muted">{texts.stages[stage].question}</p>
            {MATURITY_SIGNS.filter((sign) => sign.stage === stage).map((sign) => (
              <label key={sign.id} className="st-maturity__sign">
                <input
                  type="checkbox"
                  data-testid={`maturity-sign-${sign.id}`}
                  checked={checked.includes(sign.id)}
                  onChange={(event) => setMaturitySign(doc, sign.id, event.target.checked, MATURITY_ORIGIN)}
                />
                <span>{texts.signs[sign.id] ?? sign.id}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <MaturityResult assessment={assessment} boardId={boardId} />
    </details>
  )
}

/** Where the assessment places the company, and the templates and parts it proposes, as links. */
function MaturityResult({ assessment, boardId }: { assessment: MaturityAssessment; boardId: string }) {
  const t = useStrategyT()
  const locale = useStrategyLocale()
  const texts = getStrategyTexts(locale)
  const templateNames = getTemplateTexts(locale).names
  return (
    <div className="st-maturity__result" data-testid="maturity-result" role="status">
      <p>
        <strong>
          {assessment.stage
            ? t('maturity.stage', { stage: texts.stages[assessment.stage].name })
            : t('maturity.noStage')}
        </strong>{' '}
        {t('maturity.next', { stage: texts.stages[assessment.nextStage].name })}
      </p>
      <p>
        {t('maturity.templates')}{' '}
        {assessment.recommendedTemplates.map((id, index) => (
          <span key={id}>
            {index > 0 ? ', ' : null}
            <Link href={boardViewPath(boardId, 'canvas')} data-testid={`maturity-template-${id}`}>
              {templateNames[id]}
            </Link>
          </span>
        ))}
      </p>
      <p>
        {t('maturity.parts')}{' '}
        {assessment.recommendedParts.map((id, index) => (
          <span key={id}>
            {index > 0 ? ', ' : null}
            <button
              type="button"
              className="st-link"
              data-testid={`maturity-part-${id}`}
              onClick={() => scrollToPart(id)}
            >
              {texts.parts[id]}
            </button>
          </span>
        ))}
      </p>
    </div>
  )
}

/**
 * The checked signs, re-read on every change of the board: a checkbox must follow its click at once (the report the
 * rest of the page reads is batched), and reading one small map is cheap.
 */
function useCheckedSigns(doc: Y.Doc): string[] {
  const [checked, setChecked] = useState(() => readCheckedSigns(doc))
  useEffect(() => {
    const handleUpdate = () =>
      setChecked((before) => {
        const now = readCheckedSigns(doc)
        return now.join() === before.join() ? before : now
      })
    handleUpdate()
    doc.on('update', handleUpdate)
    return () => doc.off('update', handleUpdate)
  }, [doc])
  return checked
}

function readCheckedSigns(doc: Y.Doc): string[] {
  const section = findStrategySection(doc, 'maturity')
  return MATURITY_SIGNS.filter((sign) => section?.get(sign.id) === true).map((sign) => sign.id)
}
