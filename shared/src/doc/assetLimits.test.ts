import { describe, expect, it } from 'vitest'
import { MAX_ASSET_RECORD_CHARS, MAX_INLINE_ASSET_BYTES } from './assetLimits.ts'

describe('asset limits', () => {
  it('leave an inlined file of the largest accepted size room for its record under the gate’s limit', () => {
    const dataUrlChars = 'data:image/jpeg;base64,'.length + Math.ceil(MAX_INLINE_ASSET_BYTES / 3) * 4
    const recordFieldsChars = 2_000
    expect(dataUrlChars + recordFieldsChars).toBeLessThan(MAX_ASSET_RECORD_CHARS)
  })
})
