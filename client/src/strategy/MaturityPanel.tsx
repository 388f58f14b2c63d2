import {
  MATURITY_SIGNS,
  MATURITY_STAGES,
  assessMaturity,
  getStrategyTexts,
  getTemplateTexts,
  setMaturitySign,
} from '@cxmap/shared'
import type * as Y from 'yjs'
import { Link } from '../components/Link'
import { boardViewPath } from '../routing/navigation'
import { useStrategyLocale, useStrategyT } from './i18n'
import { partAnchor } from './partLinks'

const MATURITY_ORIGIN = { source: 'strategy-maturity' }

/**
 * «Зрелость CX»: the seed's signs of each stage as checkboxes (stored on the board), where they place the company and
 * which templates and parts to start with.
 */
export function MaturityPanel({
  doc,
  boardId,
  checked,
  canEdit,
}: {
  doc: Y.Doc
  boardId: string
  checked: readonly string[]
  canEdit: boolean
}) {
  const t = useStrategyT()
  const locale = useStrategyLocale()
  const texts = getStrategyTexts(locale)
  const templateNames = getTemplateTexts(locale).names
  const assessment = assessMaturity(checked)
  return (
    <section className="st-maturity" data-testid="strategy-maturity" aria-labelledby="st-maturity-title">
      <h2 id="st-maturity-title" className="st-maturity__title">
        {t('maturity.title')}
      </h2>
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
              <a href={`#${partAnchor(id)}`} data-testid={`maturity-part-${id}`}>
                {texts.parts[id]}
              </a>
            </span>
          ))}
        </p>
      </div>
    </section>
  )
}
