/** Strings of the roadmap's summary (i18next namespace `roadmap`, key prefix `summary.`). */
const en = {
  effectsTitle: 'Effect assessment: impact on metrics',
  effectsHint: 'The expected change of each metric, summed over the initiatives that target it.',
  metric: 'Metric',
  total: 'Total',
  initiatives: 'Initiatives',
  initiativeCount_one: '{{count}} initiative',
  initiativeCount_other: '{{count}} initiatives',
  showInitiatives: 'Show the initiatives that move {{metric}}',
  noWaveEffect: 'No initiative of this wave targets this metric',
  effectsEmpty:
    'No effects yet. Open an initiative and, under Metrics, add the change it should bring (for example NPS +5): the totals per wave appear here.',
  triggersTitle: 'Loyalty and recommendation triggers',
  triggersHint: 'What makes clients stay with the company and recommend it.',
  triggerAdd: 'Add a trigger and press Enter',
  triggersEmpty: 'No triggers yet.',
  stimuliTitle: 'Stimulus to use the service',
  stimuliHint: 'What encourages clients to start using the service and keep using it.',
  stimulusAdd: 'Add a stimulus and press Enter',
  stimuliEmpty: 'No stimuli yet.',
  itemText: 'Item {{index}}',
  department: 'Department',
  noDepartment: 'No department',
  moveUp: 'Move up',
  moveDown: 'Move down',
  deleteItem: 'Delete “{{text}}”',
}

// Russian plurals: one (1 инициатива), few (2 инициативы), many (5 инициатив).
const ru: typeof en & { initiativeCount_few: string; initiativeCount_many: string } = {
  effectsTitle: 'Оценка эффекта – влияние на показатели',
  effectsHint: 'Ожидаемое изменение каждой метрики: сумма по инициативам, которые на неё влияют.',
  metric: 'Метрика',
  total: 'Итого',
  initiatives: 'Инициативы',
  initiativeCount_one: '{{count}} инициатива',
  initiativeCount_few: '{{count}} инициативы',
  initiativeCount_many: '{{count}} инициатив',
  initiativeCount_other: '{{count}} инициативы',
  showInitiatives: 'Показать инициативы, влияющие на {{metric}}',
  noWaveEffect: 'Ни одна инициатива этой волны не влияет на эту метрику',
  effectsEmpty:
    'Оценки эффекта пока нет. Откройте инициативу и в разделе «Метрики» укажите, как она должна изменить показатель (например, NPS +5): здесь появятся итоги по волнам.',
  triggersTitle: 'Триггеры лояльности и рекомендаций',
  triggersHint: 'Что удерживает клиентов и побуждает их рекомендовать компанию.',
  triggerAdd: 'Добавьте триггер и нажмите Enter',
  triggersEmpty: 'Триггеров пока нет.',
  stimuliTitle: 'Стимул использования сервиса',
  stimuliHint: 'Что побуждает клиентов начать пользоваться сервисом и не бросать его.',
  stimulusAdd: 'Добавьте стимул и нажмите Enter',
  stimuliEmpty: 'Стимулов пока нет.',
  itemText: 'Пункт {{index}}',
  department: 'Отдел',
  noDepartment: 'Без отдела',
  moveUp: 'Выше',
  moveDown: 'Ниже',
  deleteItem: 'Удалить «{{text}}»',
}

/** The summary strings in every UI language. */
export const summaryStrings = { en, ru }
