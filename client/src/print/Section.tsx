import type { ReactNode } from 'react'
import type { PrintT } from './i18n'
import type { SectionEntry } from './printModel'

/** A section's heading with its number marker (`§3`: small, grey, and what the server's contents pass looks for). */
export function SectionHeading({ entry, t, suffix }: { entry: SectionEntry; t: PrintT; suffix?: string }) {
  return (
    <h1 className="print-heading" id={`section-${entry.id}`}>
      <span className="print-marker">{entry.marker}</span> {t(`sections.${entry.id}`)}
      {suffix ? <span className="print-heading-suffix"> · {suffix}</span> : null}
    </h1>
  )
}

/** A section that starts on a new sheet, with its heading; an empty one says so in one line. */
export function Section({
  entry,
  t,
  children,
  className = '',
}: {
  entry: SectionEntry
  t: PrintT
  children: ReactNode
  className?: string
}) {
  return (
    <section className={`print-sheet print-section ${className}`} data-section={entry.id}>
      <SectionHeading entry={entry} t={t} />
      {entry.isEmpty && entry.id !== 'cover' && entry.id !== 'contents' ? (
        <p className="print-empty">{t(`empty.${entry.id}` as 'empty.board')}</p>
      ) : (
        children
      )}
    </section>
  )
}
