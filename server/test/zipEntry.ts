import { inflateRawSync } from 'node:zlib'

/**
 * One file of a ZIP archive (a DOCX is one), read from the central directory with node:zlib only — so that a test of
 * a file a library wrote does not trust that library to read it back. Throws when the archive or the entry is not there.
 */
export function readZipEntry(zip: Uint8Array, name: string): Buffer {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength)
  const end = findEndOfCentralDirectory(buffer)
  const count = buffer.readUInt16LE(end + 10)
  let offset = buffer.readUInt32LE(end + 16)
  for (let index = 0; index < count; index++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('not a ZIP central directory entry')
    const method = buffer.readUInt16LE(offset + 10)
    const compressedSize = buffer.readUInt32LE(offset + 20)
    const nameLength = buffer.readUInt16LE(offset + 28)
    const extraLength = buffer.readUInt16LE(offset + 30)
    const commentLength = buffer.readUInt16LE(offset + 32)
    const localOffset = buffer.readUInt32LE(offset + 42)
    const entryName = buffer.toString('utf8', offset + 46, offset + 46 + nameLength)
    if (entryName === name) {
      const localNameLength = buffer.readUInt16LE(localOffset + 26)
      const localExtraLength = buffer.readUInt16LE(localOffset + 28)
      const start = localOffset + 30 + localNameLength + localExtraLength
      const data = buffer.subarray(start, start + compressedSize)
      if (method === 0) return Buffer.from(data)
      if (method === 8) return inflateRawSync(data)
      throw new Error(`unsupported ZIP compression method ${method}`)
    }
    offset += 46 + nameLength + extraLength + commentLength
  }
  throw new Error(`${name} is not in the archive`)
}

/** The text of a Word document's paragraphs (`w:t` runs joined, one line per `w:p`). */
export function readDocxParagraphs(docx: Uint8Array): string[] {
  const xml = readZipEntry(docx, 'word/document.xml').toString('utf8')
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => decodeXml(run[1] ?? '')).join(''),
  )
}

/** The paragraphs of a Word document styled as `Heading1` (what Word lists in its navigation pane). */
export function readDocxHeadings(docx: Uint8Array, style = 'Heading1'): string[] {
  const xml = readZipEntry(docx, 'word/document.xml').toString('utf8')
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .filter((match) => match[0].includes(`<w:pStyle w:val="${style}"/>`))
    .map((match) =>
      [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => decodeXml(run[1] ?? '')).join(''),
    )
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  for (let offset = buffer.length - 22; offset >= Math.max(0, buffer.length - 22 - 0xffff); offset--) {
    if (buffer.readUInt32LE(offset) === 0x06054b50) return offset
  }
  throw new Error('not a ZIP archive')
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
