/** One string kept in web storage, read and written without throwing when storage is disabled or full. */
export interface StoredValue {
  /** The value, or `null` when none is stored or storage cannot be read. */
  read(): string | null
  /** Stores the value; when storage is disabled it is simply not kept. */
  write(value: string): void
  forget(): void
}

/** A value under `key` in `localStorage` (kept across visits) or `sessionStorage` (gone when the tab closes). */
export function createStoredValue(area: 'local' | 'session', key: string): StoredValue {
  const storage = () => (area === 'local' ? localStorage : sessionStorage)
  return {
    read() {
      try {
        return storage().getItem(key)
      } catch {
        return null
      }
    },
    write(value) {
      try {
        storage().setItem(key, value)
      } catch {
        // storage disabled or full: the value is asked for again next time
      }
    },
    forget() {
      try {
        storage().removeItem(key)
      } catch {
        // nothing stored
      }
    },
  }
}
