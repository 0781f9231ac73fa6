/**
 * What a case search can be asked. Names are found by their whole and by pairs of adjacent
 * characters, never by a single character: one character is mostly a surname, which would answer a
 * large part of all cases (and its index token would give surnames away by its frequency). A
 * single digit is still a sequence number.
 */
export const MIN_NAME_QUERY = 2

/** A query the search cannot answer: one character that is not a digit (spaces do not count). */
export function isTooShortToSearch(query: string): boolean {
  const chars = [...query.replace(/\s+/g, '')]
  return chars.length > 0 && chars.length < MIN_NAME_QUERY && !/^\d+$/.test(chars.join(''))
}
