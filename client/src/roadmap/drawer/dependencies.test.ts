import { describe, expect, test } from 'vitest'
import { checkLink, findDependencyPath, listLinkCandidates } from './dependencies'

type Links = { id: string; dependsOn: string[]; parallelWith: string[] }

function roadmapOf(...links: [string, string[], string[]?][]): Map<string, Links> {
  return new Map(links.map(([id, dependsOn, parallelWith = []]) => [id, { id, dependsOn, parallelWith }]))
}

describe('findDependencyPath', () => {
  test('follows "depends on" links, shortest chain first', () => {
    const byId = roadmapOf(['a', ['b', 'c']], ['b', ['d']], ['c', []], ['d', ['c']])
    expect(findDependencyPath(byId, 'a', 'c')).toEqual(['a', 'c'])
    expect(findDependencyPath(byId, 'a', 'd')).toEqual(['a', 'b', 'd'])
    expect(findDependencyPath(byId, 'c', 'a')).toBeNull()
  })

  test('does not loop forever on a stored cycle or a dangling id', () => {
    const byId = roadmapOf(['a', ['b']], ['b', ['a', 'gone']])
    expect(findDependencyPath(byId, 'a', 'x')).toBeNull()
    expect(findDependencyPath(byId, 'b', 'a')).toEqual(['b', 'a'])
  })
})

describe('checkLink', () => {
  test('allows an unrelated dependency', () => {
    const byId = roadmapOf(['a', []], ['b', []])
    expect(checkLink(byId, 'a', 'b', 'dependsOn')).toBeNull()
  })

  test('refuses A depends on B when B depends on A', () => {
    const byId = roadmapOf(['a', []], ['b', ['a']])
    expect(checkLink(byId, 'a', 'b', 'dependsOn')).toEqual({ reason: 'cycle', path: ['b', 'a'] })
  })

  test('refuses a loop through others and names it', () => {
    const byId = roadmapOf(['a', []], ['b', ['c']], ['c', ['a']])
    expect(checkLink(byId, 'a', 'b', 'dependsOn')).toEqual({ reason: 'cycle', path: ['b', 'c', 'a'] })
  })

  test('allows a diamond (two chains to one initiative are not a loop)', () => {
    const byId = roadmapOf(['a', ['c']], ['b', ['c']], ['c', []])
    expect(checkLink(byId, 'a', 'b', 'dependsOn')).toBeNull()
  })

  test('refuses a link to itself or to an unknown initiative', () => {
    const byId = roadmapOf(['a', []])
    expect(checkLink(byId, 'a', 'a', 'dependsOn')).toEqual({ reason: 'conflict' })
    expect(checkLink(byId, 'a', 'gone', 'parallelWith')).toEqual({ reason: 'conflict' })
  })

  test('refuses running alongside one it waits for, or waiting for one it runs alongside', () => {
    const byId = roadmapOf(['a', ['b']], ['b', []], ['c', [], ['a']], ['d', []])
    expect(checkLink(byId, 'a', 'b', 'parallelWith')).toEqual({ reason: 'conflict' })
    expect(checkLink(byId, 'b', 'a', 'parallelWith')).toEqual({ reason: 'conflict' })
    expect(checkLink(byId, 'a', 'c', 'dependsOn')).toEqual({ reason: 'conflict' })
    expect(checkLink(byId, 'a', 'd', 'parallelWith')).toBeNull()
  })
})

describe('listLinkCandidates', () => {
  test('lists the others not already in the list, in order', () => {
    const byId = roadmapOf(['a', ['c'], ['d']], ['b', []], ['c', []], ['d', []])
    const all = [...byId.values()]
    const a = byId.get('a')!
    expect(listLinkCandidates(all, a, 'dependsOn').map((x) => x.id)).toEqual(['b', 'd'])
    expect(listLinkCandidates(all, a, 'parallelWith').map((x) => x.id)).toEqual(['b', 'c'])
  })
})
