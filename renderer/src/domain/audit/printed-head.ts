/**
 * What paper carries of the audit chain's head (an effective agreement prints it): the sequence and
 * the first hex digits of that entry's hash — enough to tell one chain from a rewritten one, short
 * enough to read out and compare with the audit page.
 */
export const PRINTED_HASH_DIGITS = 16

export interface AuditHead {
  seq: number
  hash: string
}

export const printedHash = (head: AuditHead): string => head.hash.slice(0, PRINTED_HASH_DIGITS)
