import type { TLUiOverrides } from 'tldraw'
import { TLDRAW_EXTRA_TRANSLATIONS } from '../i18n/tldrawTranslations'
import { GRID_ACTION_TRANSLATIONS, getGridUiActions } from './grid/gridUiActions'
import { fitJourneyGrids } from './view/fitJourneyGrids'

/** Our actions' ids start with this; the keyboard-shortcuts dialog lists every such action in its own group. */
export const JOURNEY_ACTION_PREFIX = 'cx-'

/** "Fit to grids": all the journey grids in the part of the canvas our panels leave free. */
export const FIT_GRIDS_ACTION_ID = 'cx-fit-grids'

/** tldraw translation keys of our actions and of their group in the shortcuts dialog. */
export const JOURNEY_SHORTCUTS_GROUP_LABEL = 'cx.shortcuts-group'

/**
 * The journey's additions to tldraw's UI: actions with keyboard shortcuts (listed in tldraw's keyboard-shortcuts
 * dialog) and their labels in every UI language. Each feature adds its actions here, beside the others.
 */
export const journeyUiOverrides: TLUiOverrides = {
  actions(editor, actions) {
    return {
      ...actions,
      ...getGridUiActions(editor),
      [FIT_GRIDS_ACTION_ID]: {
        id: FIT_GRIDS_ACTION_ID,
        label: 'cx.fit-grids',
        kbd: 'shift+g',
        readonlyOk: true,
        onSelect: () => {
          fitJourneyGrids(editor, { animate: true })
        },
      },
    }
  },
  translations: {
    en: {
      [JOURNEY_SHORTCUTS_GROUP_LABEL]: 'CX Map',
      'cx.fit-grids': 'Fit to grids',
      ...GRID_ACTION_TRANSLATIONS.en,
      ...TLDRAW_EXTRA_TRANSLATIONS.en,
    },
    ru: {
      [JOURNEY_SHORTCUTS_GROUP_LABEL]: 'CX Map',
      'cx.fit-grids': 'Показать все сетки',
      ...GRID_ACTION_TRANSLATIONS.ru,
      ...TLDRAW_EXTRA_TRANSLATIONS.ru,
    },
  },
}
