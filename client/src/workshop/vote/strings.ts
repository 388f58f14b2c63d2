/** Strings of dot voting (i18next namespace `workshop`, key prefix `vote.`). */
const en = {
  title: 'Dot voting',
  hint: 'Everyone places dots on cards, several on one card if they like; counts show on the cards when you close.',
  votesPerPerson: 'Votes per person',
  fewer: 'One vote fewer',
  more: 'One vote more',
  kindsLabel: 'Cards to vote on',
  kindsHint: 'None ticked: every kind of card.',
  anonymous: 'Anonymous',
  anonymousHint: 'Results show counts only, not who voted.',
  hideResults: 'Hide results until closed',
  hideResultsHint: 'Participants see the counts only after you close the vote.',
  open: 'Open the vote',
  close: 'Close the vote',
  closing: 'Closing…',
  clear: 'Clear results',
  statusOpen: 'Open · {{count}} per person · {{kinds}}',
  statusClosed: 'Closed · results are on the cards',
  everyKind: 'every card',
  progress_one: '{{count}} person voted',
  progress_other: '{{count}} people voted',
  dots_one: '{{count}} vote placed',
  dots_other: '{{count}} votes placed',
  top: 'Most votes',
  // The bar over the canvas.
  barLabel: 'Dot voting',
  barLeft: 'Vote: {{left}} of {{total}} votes left',
  barDone: 'All votes placed ({{total}} of {{total}}). Take one back to move it.',
  barKinds: 'Vote on: {{kinds}}',
  barViewer: 'A vote is on. Viewers watch; only participants with an editing link vote.',
  barFacilitator: 'Vote open · {{voted}}',
  barClosed: 'Vote closed: results are on the cards',
  barClosedVoters_one: 'Vote closed: {{count}} person voted, results are on the cards',
  barClosedVoters_other: 'Vote closed: {{count}} people voted, results are on the cards',
  hiddenResults: 'Results are hidden until the facilitator closes the vote.',
  // On cards.
  add: 'Vote for this card',
  addMore: 'Add another vote to this card',
  takeBack: 'Take back a vote',
  mine_one: 'You gave this card {{count}} vote',
  mine_other: 'You gave this card {{count}} votes',
  count_one: '{{count}} vote',
  count_other: '{{count}} votes',
  countBy_one: '{{count}} vote: {{names}}',
  countBy_other: '{{count}} votes: {{names}}',
  // Errors.
  noVotesLeft: 'No votes left ({{used}} of {{total}} used). Take one back to vote elsewhere.',
  closed: 'The vote is closed.',
  notVotable: 'This card is not part of the vote.',
  viewer: 'Viewers cannot vote.',
  failed: 'Your vote did not go through: {{message}}',
  closeFailed: 'The vote could not be closed: {{message}}',
}

// Russian plurals have more forms than English: one (1 голос), few (2 голоса), many (5 голосов).
const ru: typeof en & {
  progress_few: string
  progress_many: string
  dots_few: string
  dots_many: string
  barClosedVoters_few: string
  barClosedVoters_many: string
  mine_few: string
  mine_many: string
  count_few: string
  count_many: string
  countBy_few: string
  countBy_many: string
} = {
  title: 'Голосование точками',
  hint: 'Каждый ставит точки на карточки, можно несколько на одну; когда вы закроете голосование, итоги появятся на карточках.',
  votesPerPerson: 'Голосов на человека',
  fewer: 'На один голос меньше',
  more: 'На один голос больше',
  kindsLabel: 'За какие карточки голосуем',
  kindsHint: 'Ничего не отмечено — за карточки любого типа.',
  anonymous: 'Анонимно',
  anonymousHint: 'В итогах только число голосов, без имён.',
  hideResults: 'Скрыть итоги до закрытия',
  hideResultsHint: 'Участники увидят итоги, только когда вы закроете голосование.',
  open: 'Начать голосование',
  close: 'Закрыть голосование',
  closing: 'Закрываем…',
  clear: 'Убрать итоги',
  statusOpen: 'Идёт · {{count}} на человека · {{kinds}}',
  statusClosed: 'Закрыто · итоги на карточках',
  everyKind: 'любые карточки',
  progress_one: 'Проголосовал {{count}} участник',
  progress_few: 'Проголосовали {{count}} участника',
  progress_many: 'Проголосовали {{count}} участников',
  progress_other: 'Проголосовали {{count}} участника',
  dots_one: 'Отдан {{count}} голос',
  dots_few: 'Отдано {{count}} голоса',
  dots_many: 'Отдано {{count}} голосов',
  dots_other: 'Отдано {{count}} голоса',
  top: 'Больше всего голосов',
  barLabel: 'Голосование точками',
  barLeft: 'Голосование: осталось {{left}} из {{total}}',
  barDone: 'Все голоса отданы ({{total}} из {{total}}). Чтобы перенести голос, заберите его.',
  barKinds: 'Голосуем за: {{kinds}}',
  barViewer: 'Идёт голосование. Зрители наблюдают, голосуют участники со ссылкой редактора.',
  barFacilitator: 'Голосование идёт · {{voted}}',
  barClosed: 'Голосование закрыто: итоги на карточках',
  barClosedVoters_one: 'Голосование закрыто: проголосовал {{count}} участник, итоги на карточках',
  barClosedVoters_few: 'Голосование закрыто: проголосовали {{count}} участника, итоги на карточках',
  barClosedVoters_many: 'Голосование закрыто: проголосовали {{count}} участников, итоги на карточках',
  barClosedVoters_other: 'Голосование закрыто: проголосовали {{count}} участника, итоги на карточках',
  hiddenResults: 'Итоги скрыты, пока фасилитатор не закроет голосование.',
  add: 'Проголосовать за карточку',
  addMore: 'Добавить этой карточке ещё голос',
  takeBack: 'Забрать голос',
  mine_one: 'Вы отдали этой карточке {{count}} голос',
  mine_few: 'Вы отдали этой карточке {{count}} голоса',
  mine_many: 'Вы отдали этой карточке {{count}} голосов',
  mine_other: 'Вы отдали этой карточке {{count}} голоса',
  count_one: '{{count}} голос',
  count_few: '{{count}} голоса',
  count_many: '{{count}} голосов',
  count_other: '{{count}} голоса',
  countBy_one: '{{count}} голос: {{names}}',
  countBy_few: '{{count}} голоса: {{names}}',
  countBy_many: '{{count}} голосов: {{names}}',
  countBy_other: '{{count}} голоса: {{names}}',
  noVotesLeft:
    'Голосов не осталось (использовано {{used}} из {{total}}). Заберите голос, чтобы отдать его другой карточке.',
  closed: 'Голосование закрыто.',
  notVotable: 'Эта карточка не участвует в голосовании.',
  viewer: 'Зрители не голосуют.',
  failed: 'Голос не засчитан: {{message}}',
  closeFailed: 'Не удалось закрыть голосование: {{message}}',
}

/** The voting strings in every UI language. */
export const voteStrings = { en, ru }
