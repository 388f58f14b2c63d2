import type { TLUserPreferences } from 'tldraw'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'

/** tldraw's own user preferences (snap mode, colour scheme…); identity and language live in their own stores. */
export type CanvasPreferences = Omit<TLUserPreferences, 'id' | 'name' | 'color' | 'locale'>

interface PreferencesState {
  canvas: CanvasPreferences
  setCanvasPreferences: (preferences: CanvasPreferences) => void
}

/** The canvas preferences a user changes in tldraw's menus, kept across boards and reloads. */
export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      canvas: {},
      setCanvasPreferences: (canvas) => set({ canvas }),
    }),
    {
      name: 'cxmap.canvasPreferences',
      version: 1,
      partialize: ({ canvas }) => ({ canvas }),
    },
  ),
)

/** Selector: tldraw's own preferences. */
export const selectCanvasPreferences = (state: PreferencesState) => state.canvas
/** Selector: the action that stores tldraw's own preferences. */
export const selectSetCanvasPreferences = (state: PreferencesState) => state.setCanvasPreferences
