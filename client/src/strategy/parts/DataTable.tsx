import type { ReactNode } from 'react'

/** A plain table of a part: a header row and rows of cells; the columns listed in `numeric` align right. */
export function DataTable({
  head,
  rows,
  numeric = [],
  testId,
}: {
  head: string[]
  rows: ReactNode[][]
  numeric?: number[]
  testId?: string
}) {
  const cellClass = (index: number) => (numeric.includes(index) ? 'st-num' : undefined)
  return (
    <table className="st-table" data-testid={testId}>
      <thead>
        <tr>
          {head.map((label, index) => (
            <th key={label} scope="col" className={cellClass(index)}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((cell, index) => (
              <td key={index} className={cellClass(index)}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The first `limit` items of a list, and how many are left out. */
export function takeFirst<T>(items: readonly T[], limit: number): { shown: readonly T[]; hidden: number } {
  return { shown: items.slice(0, limit), hidden: Math.max(0, items.length - limit) }
}

/** A number in the reader's language (thousands grouped), '—' for none. */
export function formatAmount(value: number | null, locale: string): string {
  if (value === null) return '—'
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)
}
