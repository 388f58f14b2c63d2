/** English strings of the journey cards, palette and departments (i18next namespace `cards`). */
export const cardsEn = {
  kinds: {
    touchpoint: 'Touchpoint',
    goal: 'Goal (JTBD)',
    feeling: 'Feeling',
    step: 'Step',
    expectation: 'Expectation',
    barrier: 'Barrier',
    idea: 'Idea',
    channel: 'Channel',
    message: 'Message',
    note: 'Note',
    monetisation: 'Monetisation',
  },
  card: {
    label: '{{kind}} card',
    placeholder: 'Double-click to write',
    byAuthor: 'by {{name}}',
    severity: 'Severity',
    severityValue: 'Severity {{value}} of 5',
    score: 'Feeling score',
    scoreValues: {
      '-2': 'Very negative (−2)',
      '-1': 'Negative (−1)',
      '0': 'Neutral (0)',
      '1': 'Positive (+1)',
      '2': 'Very positive (+2)',
    },
    noDepartment: 'No department',
    unknownDepartment: '—',
    changeDepartment: 'Department: {{name}}. Click to change',
    more: 'Zoom in to this card to see all of its controls',
  },
  palette: {
    label: 'Journey cards',
    add: 'Add a {{kind}} card (click, or drag onto the board)',
  },
  departments: {
    button: 'Departments',
    title: 'Departments',
    close: 'Close',
    highlight: 'Highlight',
    filter: 'Filter',
    modeLabel: 'Show other departments',
    modeHint: {
      highlight: 'Cards of other departments fade.',
      filter: 'Cards of other departments are hidden.',
    },
    pickHint: 'Pick departments to highlight their cards.',
    clear: 'Show all',
    add: 'Add department',
    newName: 'New department',
    rename: 'Rename {{name}}',
    recolor: 'Colour of {{name}}',
    remove: 'Delete {{name}}',
    confirmRemove: 'Delete?',
    yes: 'Delete',
    no: 'Keep',
    toggle: 'Show {{name}}',
    cards_one: '{{count}} card',
    cards_other: '{{count}} cards',
    empty: 'No departments yet.',
  },
  /** Metric kinds that are words, not abbreviations (NPS, CES… read the same in every language). */
  metricKinds: {
    Retention: 'Retention',
  },
}

/** The shape of the `cards` namespace; every language follows it. */
export type CardsMessages = typeof cardsEn
