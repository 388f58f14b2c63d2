/** Strings shared by the workshop features (i18next namespace `workshop`, key prefix `common.`). */
const en = {
  button: 'Facilitate',
  buttonTitle: 'Facilitator controls: timer, agenda, follow, lock',
  panelTitle: 'Facilitation',
  close: 'Close',
  onlyFacilitator: 'Only the facilitator can change this.',
  dockLabel: 'Session',
  dockCollapse: 'Collapse the session bar to one line',
  dockExpand: 'Expand the session bar',
}

const ru: typeof en = {
  button: 'Фасилитация',
  buttonTitle: 'Инструменты фасилитатора: таймер, повестка, «все ко мне», блокировка',
  panelTitle: 'Фасилитация',
  close: 'Закрыть',
  onlyFacilitator: 'Это может менять только фасилитатор.',
  dockLabel: 'Сессия',
  dockCollapse: 'Свернуть панель сессии в одну строку',
  dockExpand: 'Развернуть панель сессии',
}

/** The common workshop strings in every UI language. */
export const commonStrings = { en, ru }
