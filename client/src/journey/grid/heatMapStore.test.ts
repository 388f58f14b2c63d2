import { beforeEach, describe, expect, it } from 'vitest'
import { useHeatMapStore } from './heatMapStore'

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
