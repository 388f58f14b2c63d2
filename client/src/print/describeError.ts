/** A one-line message for an error thrown while preparing the view (a bad print query reads as zod's issues). */
export function describeError(error: unknown): string {
  // The client does not import zod: a ZodError is recognised by its issues.
  const issues = (error as { issues?: unknown } | null)?.issues
  if (Array.isArray(issues)) {
    return issues
      .map(
        (issue: { path?: unknown[]; message?: string }) =>
          `${(issue.path ?? []).join('.') || 'query'}: ${issue.message ?? ''}`,
      )
      .join('; ')
  }
  return error instanceof Error ? error.message : String(error)
}
