/** The initials of a name: first letters of its first two words. */
export function getInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0] ?? '?']
  return letters
    .map((word) => Array.from(word ?? '')[0] ?? '')
    .join('')
    .toUpperCase()
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
