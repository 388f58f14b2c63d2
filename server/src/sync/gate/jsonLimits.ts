import { RefusedUpdate } from './refusal.ts'

/** Bounds on a JSON value a client writes. */
export interface JsonLimits {
  /** Longest string, in UTF-16 code units. */
  maxStringChars: number
  /** Deepest nesting of arrays and objects. */
  maxDepth: number
  /** Most strings, numbers, keys and containers in one value. */
  maxNodes: number
}

/**
 * Limits for values in the board and control docs: a card's text fits many times over, rich text may nest lists deep;
 * 5 MB strings do not.
 */
export const DEFAULT_JSON_LIMITS: JsonLimits = { maxStringChars: 100_000, maxDepth: 64, maxNodes: 20_000 }

// Keys that reach an object's prototype when a reader assigns them.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Throws {@link RefusedUpdate} unless `value` is plain JSON within `limits`: finite numbers, bounded strings, plain
 * objects and arrays only (undefined reads as absent; no binary, bigint), no `__proto__`/`constructor`/`prototype` keys.
 */
export function requireJson(value: unknown, what: string, limits: JsonLimits = DEFAULT_JSON_LIMITS): void {
  let nodes = 0
  const visit = (node: unknown, depth: number): void => {
    nodes += 1
    if (nodes > limits.maxNodes) throw new RefusedUpdate(`${what} is too large`)
    if (node === null || node === undefined || typeof node === 'boolean') return
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) throw new RefusedUpdate(`${what} holds a number that is not finite`)
      return
    }
    if (typeof node === 'string') {
      if (node.length > limits.maxStringChars) throw new RefusedUpdate(`${what} holds a string that is too long`)
      return
    }
    if (depth >= limits.maxDepth) throw new RefusedUpdate(`${what} nests too deep`)
    if (Array.isArray(node)) {
      for (const child of node) visit(child, depth + 1)
      return
    }
    if (typeof node !== 'object' || Object.getPrototypeOf(node) !== Object.prototype) {
      throw new RefusedUpdate(`${what} is not JSON`)
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) throw new RefusedUpdate(`${what} has a forbidden key`)
      if (key.length > limits.maxStringChars) throw new RefusedUpdate(`${what} holds a string that is too long`)
      visit((node as Record<string, unknown>)[key], depth + 1)
    }
  }
  visit(value, 0)
}
