const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/** A short random id (12 base-36 characters, ~62 bits). */
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(12)
  crypto.getRandomValues(bytes)
  let out = prefix
  for (const b of bytes) out += ALPHABET[b % 36]
  return out
}
