import { TEMPLATE_IDS, type TemplateId } from '@cxmap/shared'
import { useTranslation } from 'react-i18next'

/** The templates a new board can start from, as a radio list with a line on each. */
export function TemplatePicker({ value, onChange }: { value: TemplateId; onChange: (template: TemplateId) => void }) {
  const { t } = useTranslation()
  return (
    <fieldset className="field template-picker" data-testid="create-template">
      <legend className="field__label">{t('home.templateLabel')}</legend>
      {TEMPLATE_IDS.map((id) => (
        <label key={id} className={`template-option${value === id ? ' template-option--selected' : ''}`}>
          <input
            type="radio"
            name="template"
            value={id}
            data-testid={`create-template-${id}`}
            checked={value === id}
            onChange={() => onChange(id)}
          />
          <span>
            <span className="template-option__name">{t(`templates.${id}.name`)}</span>
            <span className="template-option__description muted">{t(`templates.${id}.description`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}
