/** Options of {@link waitFor}. */
export interface WaitForOptions {
  timeoutMs?: number
  intervalMs?: number
  /** Describes what was awaited, for the timeout error. */
  message?: string
}

/**
 * Polls `check` until it returns a truthy value (which is returned) without throwing; fails after `timeoutMs` with the
 * last error. Tests use it instead of fixed sleeps.
 */
export async function waitFor<T>(check: () => T | Promise<T>, options: WaitForOptions = {}): Promise<NonNullable<T>> {
  const { timeoutMs = 5000, intervalMs = 10, message = 'condition' } = options
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  for (;;) {
    try {
      const value = await check()
      if (value) return value as NonNullable<T>
      lastError = undefined
    } catch (error) {
      lastError = error
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? `: ${lastError.message}` : ''
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${message}${detail}`, { cause: lastError })
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}

/**
 * Asserts that `check` stays falsy for `durationMs` (polling), for "this must not happen" properties; bounded, so the
 * suite cannot hang on it.
 */
export async function expectNever(check: () => unknown, durationMs: number, message = 'condition'): Promise<void> {
  const deadline = Date.now() + durationMs
  while (Date.now() < deadline) {
    if (check()) throw new Error(`Unexpectedly observed ${message}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  if (check()) throw new Error(`Unexpectedly observed ${message}`)
}
