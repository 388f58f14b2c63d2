/** Strings of the roadmap's waves (i18next namespace `roadmap`, key prefix `waves.`). */
const en = {
  boardLabel: 'Initiatives by wave',
  count_one: '{{count}} initiative',
  count_other: '{{count}} initiatives',
  addTo: 'Add an initiative to {{wave}}',
  emptyWave: 'No initiatives in this wave yet.',
  emptyWaveEditor: 'No initiatives yet. Add one, or drag one here from another wave.',
  dependsOn: 'Depends on: {{titles}}',
  cardHint: 'Enter opens it. Alt + arrows move it.',
  cardHintViewer: 'Enter opens it.',
  moved: '{{title}} moved to {{wave}}, place {{place}}.',
}

const ru: typeof en & { count_few: string; count_many: string } = {
  boardLabel: 'Инициативы по волнам',
  count_one: '{{count}} инициатива',
  count_few: '{{count}} инициативы',
  count_many: '{{count}} инициатив',
  count_other: '{{count}} инициативы',
  addTo: 'Добавить инициативу в «{{wave}}»',
  emptyWave: 'В этой волне пока нет инициатив.',
  emptyWaveEditor: 'Инициатив пока нет. Добавьте новую или перетащите сюда инициативу из другой волны.',
  dependsOn: 'Зависит от: {{titles}}',
  cardHint: 'Enter — открыть. Alt + стрелки — переместить.',
  cardHintViewer: 'Enter — открыть.',
  moved: '«{{title}}» перемещена в «{{wave}}», место {{place}}.',
}

/** The waves strings in every UI language. */
export const wavesStrings = { en, ru }
