import type { PrintSection } from '@cxmap/shared'
import type { PrintT } from './i18n'
import type { SectionEntry } from './printModel'
import { Section } from './Section'

/**
 * The table of contents: the sections after it with their page numbers, which the server fills in after a first
 * print (`setPageNumbers`); until then "…". It shows no markers, so the server finds each marker on its section only.
 */
export function ContentsSection({
  entry,
  sections,
  pages,
  t,
}: {
  entry: SectionEntry
  sections: SectionEntry[]
  pages: Partial<Record<PrintSection, number>>
  t: PrintT
}) {
  const listed = sections.filter((section) => section.number > entry.number)
  return (
    <Section entry={entry} t={t}>
      <ol className="print-contents">
        {listed.map((section) => (
          <li key={section.id}>
            <span className="print-contents-number">{section.number}.</span>
            <span className="print-contents-title">{t(`sections.${section.id}`)}</span>
            <span className="print-contents-dots" />
            <span className="print-contents-page">{pages[section.id] ?? t('contents.pending')}</span>
          </li>
        ))}
      </ol>
    </Section>
  )
}
