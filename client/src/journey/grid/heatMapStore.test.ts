import { beforeEach, describe, expect, it } from 'vitest'
import { selectShownHeatLayer, useHeatMapStore } from './heatMapStore'

describe('the heat map when the facilitator shows it to everyone', () => {
  beforeEach(() => useHeatMapStore.setState({ isHeatMapOn: false, sharedAt: null }))

  it('turns on once per share, and stays off when the person turns it off', () => {
    const { followShare, toggleHeatMap } = useHeatMapStore.getState()
    followShare(1000)
    expect(useHeatMapStore.getState().isHeatMapOn).toBe(true)
    toggleHeatMap()
    followShare(1000)
    expect(useHeatMapStore.getState().isHeatMapOn).toBe(false)
    // Unsharing leaves this screen's choice alone; sharing again turns it on again.
    followShare(null)
    expect(useHeatMapStore.getState().isHeatMapOn).toBe(false)
    followShare(2000)
    expect(useHeatMapStore.getState().isHeatMapOn).toBe(true)
  })
})

describe('the heat map layers', () => {
  beforeEach(() => useHeatMapStore.setState({ isHeatMapOn: false, sharedAt: null, layer: 'pain' }))

  it('shows the chosen layer only while the heat map is on, and keeps the choice across toggles', () => {
    const { setLayer, toggleHeatMap } = useHeatMapStore.getState()
    expect(selectShownHeatLayer(useHeatMapStore.getState())).toBeNull()
    setLayer('opportunity')
    expect(selectShownHeatLayer(useHeatMapStore.getState())).toBeNull()
    toggleHeatMap()
    expect(selectShownHeatLayer(useHeatMapStore.getState())).toBe('opportunity')
    toggleHeatMap()
    toggleHeatMap()
    expect(selectShownHeatLayer(useHeatMapStore.getState())).toBe('opportunity')
  })
})
