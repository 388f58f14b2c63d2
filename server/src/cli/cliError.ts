/** A failure the CLI reports as its message alone (no stack) with exit code 1: a wrong id, file or state. */
export class CliError extends Error {
  override name = 'CliError'
}

/** A time as a file-name part: `2026-12-06T16-55-03-123Z` (sortable, no colons). */
export function formatFileTimestamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-')
}

/** Whether an error is a missing file's (`ENOENT`). */
export function isMissingFile(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT'
}
