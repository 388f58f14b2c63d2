/** Strings of the workshop's lock (i18next namespace `workshop`, key prefix `lock.`). */
const en = {
  title: 'Lock the frame',
  hint: 'Participants can still add, move and edit cards, but cannot move, resize, delete or restructure the grids.',
  switchLabel: 'Lock the grids for participants',
  on: 'Locked',
  off: 'Unlocked',
  badge: 'Frame locked by the facilitator',
  badgeFacilitator: 'Frame locked',
  badgeTitle: 'Grids, stages and lanes cannot be moved or changed; cards can.',
  unlock: 'Unlock',
}

const ru: typeof en = {
  title: 'Закрепить каркас',
  hint: 'Участники по-прежнему добавляют, двигают и правят карточки, но не могут двигать, менять размер, удалять или перестраивать сетки.',
  switchLabel: 'Закрепить сетки для участников',
  on: 'Закреплено',
  off: 'Не закреплено',
  badge: 'Фасилитатор закрепил каркас',
  badgeFacilitator: 'Каркас закреплён',
  badgeTitle: 'Сетки, этапы и дорожки нельзя двигать и менять, карточки — можно.',
  unlock: 'Открепить',
}

/** The lock strings in every UI language. */
export const lockStrings = { en, ru }
