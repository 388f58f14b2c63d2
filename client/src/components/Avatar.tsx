/**
 * The initials of a name: first letters of its first and last words, counting only words with a letter or digit in
 * them («Ольга (фасилитатор)» → «ОФ», «Анна — ИТ» → «АИ»).
 */
export function getInitials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .map((word) => word.match(/[\p{L}\p{N}]/u)?.[0] ?? '')
    .filter(Boolean)
  if (words.length === 0) return Array.from(name.trim())[0]?.toUpperCase() ?? '?'
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0]]
  return letters.join('').toUpperCase()
}

/** A round badge with a person's colour and initials. */
export function Avatar({ name, color, size = 28 }: { name: string; color: string; size?: number }) {
  return (
    <span
      className="avatar"
      aria-hidden="true"
      style={{ backgroundColor: color, width: size, height: size, fontSize: Math.round(size * 0.4) }}
    >
      {getInitials(name)}
    </span>
  )
}
