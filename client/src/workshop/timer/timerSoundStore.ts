import { create } from 'zustand'
import { persist } from 'zustand/middleware'

interface TimerSoundState {
  isMuted: boolean
  toggleMuted: () => void
}

/** Whether this person hears the timer's "time's up" sound, kept in localStorage across boards. */
export const useTimerSoundStore = create<TimerSoundState>()(
  persist(
    (set) => ({
      isMuted: false,
      toggleMuted: () => set((state) => ({ isMuted: !state.isMuted })),
    }),
    { name: 'cxmap.timerSound', version: 1, partialize: ({ isMuted }) => ({ isMuted }) },
  ),
)

/** Selector: the sound is off. */
export const selectIsMuted = (state: TimerSoundState) => state.isMuted
/** Selector: the action that turns the sound on or off. */
export const selectToggleMuted = (state: TimerSoundState) => state.toggleMuted
