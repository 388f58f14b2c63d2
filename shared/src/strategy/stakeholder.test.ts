import { describe, expect, it } from 'vitest'
import { parsePersona, personaFieldValidators } from './persona.ts'
import { MAX_STRATEGY_FIELD_LENGTH } from './strategyLimits.ts'
import { parseStakeholder, stakeholderFieldValidators } from './stakeholder.ts'

describe('strategy entity parsers', () => {
  it('resets bad stakeholder fields to defaults and refuses a missing id', () => {
    expect(parseStakeholder('', {})).toBeNull()
    expect(parseStakeholder('s', 'text')).toBeNull()
    expect(
      parseStakeholder('s', { group: 'aliens', priority: 0.2, name: 7, conflictsWith: ['s', 'x', '', 3] }),
    ).toEqual({
      id: 's',
      group: 'custom',
      name: '',
      wants: '',
      conflictsWith: ['x'],
      conflicts: '',
      priority: 1,
      ifSuccess: '',
      order: 0,
    })
  })

  it('cuts long strings and lowercases persona colours', () => {
    const persona = parsePersona('p', { name: 'x'.repeat(MAX_STRATEGY_FIELD_LENGTH + 5), color: '#AABBCC' })
    expect(persona?.name).toHaveLength(MAX_STRATEGY_FIELD_LENGTH)
    expect(persona?.color).toBe('#aabbcc')
    expect(parsePersona('p', { avatarAssetId: 'asset:abc' })?.avatarAssetId).toBe('asset:abc')
  })

  it('field validators refuse what the parsers would reset', () => {
    expect(() => stakeholderFieldValidators.priority.validate(6)).toThrow()
    expect(() => stakeholderFieldValidators.group.validate('aliens')).toThrow()
    expect(() => personaFieldValidators.color.validate('red')).toThrow()
    expect(() => personaFieldValidators.avatarAssetId.validate('https://evil')).toThrow()
    expect(() => personaFieldValidators.name.validate('x'.repeat(MAX_STRATEGY_FIELD_LENGTH + 1))).toThrow()
    expect(personaFieldValidators.avatarAssetId.validate('')).toBe('')
  })
})
