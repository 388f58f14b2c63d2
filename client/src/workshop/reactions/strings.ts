/** Strings of the reactions (i18next namespace `workshop`, key prefix `reactions.`). */
const en = {
  button: 'Reactions',
  buttonTitle: 'React at your cursor (Shift+R, then 1–6)',
  pickerLabel: 'Send a reaction at your cursor',
  pickerHint: 'Keys 1–6 while open · Esc closes',
  emoji: {
    thumbsUp: 'Thumbs up',
    heart: 'Love it',
    party: 'Celebrate',
    laugh: 'Funny',
    thinking: 'Hmm',
    thumbsDown: 'Thumbs down',
  },
}

const ru: typeof en = {
  button: 'Реакции',
  buttonTitle: 'Реакция у вашего курсора (Shift+R, затем 1–6)',
  pickerLabel: 'Отправить реакцию у курсора',
  pickerHint: 'Клавиши 1–6, пока открыто · Esc — закрыть',
  emoji: {
    thumbsUp: 'Нравится',
    heart: 'Очень нравится',
    party: 'Ура',
    laugh: 'Смешно',
    thinking: 'Хм',
    thumbsDown: 'Не нравится',
  },
}

/** The reactions strings in every UI language. */
export const reactionsStrings = { en, ru }
