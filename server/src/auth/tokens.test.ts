import { describe, expect, it } from 'vitest'
import {
  createBoardId,
  createFacilitatorToken,
  deriveBoardTokens,
  deriveVisibleTokens,
  hashBoardTokens,
  hashToken,
  listChangedRoles,
  resolveRole,
  rotateBoardTokens,
} from './tokens.ts'

describe('capability tokens', () => {
  it('creates random ids and tokens of the documented sizes', () => {
    expect(Buffer.from(createBoardId(), 'base64url')).toHaveLength(16)
    expect(Buffer.from(createFacilitatorToken(), 'base64url')).toHaveLength(32)
    expect(createFacilitatorToken()).not.toBe(createFacilitatorToken())
  })

  it('never starts a board id with "-", which a command line would read as an option', () => {
    // One in 64 random ids would: 4,000 draws miss all of them with a chance of 1e-27.
    const ids = Array.from({ length: 4000 }, createBoardId)
    expect(ids.filter((id) => id.startsWith('-'))).toEqual([])
    expect(new Set(ids.map((id) => id[0])).size).toBe(63)
  })

  it('derives a one-way chain that changes with the generations', () => {
    const facilitator = createFacilitatorToken()
    const first = deriveBoardTokens(facilitator, { editor: 0, viewer: 0 })
    expect(deriveBoardTokens(facilitator, { editor: 0, viewer: 0 })).toEqual(first)
    const rotatedViewer = deriveBoardTokens(facilitator, { editor: 0, viewer: 1 })
    expect(rotatedViewer.editor).toBe(first.editor)
    expect(rotatedViewer.viewer).not.toBe(first.viewer)
    const rotatedEditor = deriveBoardTokens(facilitator, { editor: 1, viewer: 0 })
    expect(rotatedEditor.editor).not.toBe(first.editor)
    expect(rotatedEditor.viewer).not.toBe(first.viewer)
  })

  it('lets a role derive only its own and weaker tokens', () => {
    const generations = { editor: 2, viewer: 5 }
    const tokens = deriveBoardTokens(createFacilitatorToken(), generations)
    expect(deriveVisibleTokens('facilitator', tokens.facilitator, generations)).toEqual(tokens)
    expect(deriveVisibleTokens('editor', tokens.editor, generations)).toEqual({
      editor: tokens.editor,
      viewer: tokens.viewer,
    })
    expect(deriveVisibleTokens('viewer', tokens.viewer, generations)).toEqual({ viewer: tokens.viewer })
  })

  it('resolves a role from hashes only', () => {
    const tokens = deriveBoardTokens(createFacilitatorToken(), { editor: 0, viewer: 0 })
    const hashes = hashBoardTokens(tokens)
    expect(hashes.editor).toBe(hashToken(tokens.editor))
    expect(Object.values(hashes)).not.toContain(tokens.editor)
    expect(resolveRole(tokens.facilitator, hashes)).toBe('facilitator')
    expect(resolveRole(tokens.editor, hashes)).toBe('editor')
    expect(resolveRole(tokens.viewer, hashes)).toBe('viewer')
    expect(resolveRole('not-a-token', hashes)).toBeNull()
    expect(resolveRole('', hashes)).toBeNull()
  })
})

describe('rotating links', () => {
  const facilitator = createFacilitatorToken()
  const generations = { editor: 3, viewer: 7 }
  const before = hashBoardTokens(deriveBoardTokens(facilitator, generations))

  it('rotates the viewer alone, the editor with its viewer, the facilitator with everything', () => {
    const viewer = rotateBoardTokens('viewer', facilitator, generations)
    expect(viewer.generations).toEqual({ editor: 3, viewer: 8 })
    expect(listChangedRoles(before, hashBoardTokens(viewer.tokens))).toEqual(['viewer'])

    const editor = rotateBoardTokens('editor', facilitator, generations)
    expect(editor.generations).toEqual({ editor: 4, viewer: 7 })
    expect(editor.tokens.facilitator).toBe(facilitator)
    expect(listChangedRoles(before, hashBoardTokens(editor.tokens))).toEqual(['editor', 'viewer'])

    const all = rotateBoardTokens('facilitator', facilitator, generations)
    expect(all.generations).toEqual(generations)
    expect(listChangedRoles(before, hashBoardTokens(all.tokens))).toEqual(['facilitator', 'editor', 'viewer'])
    expect(all.tokens).toEqual(deriveBoardTokens(all.tokens.facilitator, generations))
  })
})
