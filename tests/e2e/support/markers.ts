/** Unique random markers for the plaintext-at-rest scan, and the scan itself. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes, randomInt } from 'node:crypto'

export const asciiMarker = (tag: string) => `${tag}${randomBytes(6).toString('hex')}`

/** Random common Han characters, so the marker is a plausible name yet occurs nowhere else. */
export function hanMarker(length = 4): string {
  return Array.from({ length }, () => String.fromCodePoint(0x4e00 + randomInt(0x9fa5 - 0x4e00))).join('')
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

/** A random, valid 居民身份证 number (GB 11643), born in the 1970s–1990s, male. */
export function residentIdMarker(): string {
  const birth = `19${70 + randomInt(30)}${String(1 + randomInt(12)).padStart(2, '0')}${String(1 + randomInt(28)).padStart(2, '0')}`
  const body = `210211${birth}${String(randomInt(100)).padStart(2, '0')}${2 * randomInt(5) + 1}`
  const sum = [...body].reduce((s, c, i) => s + Number(c) * (WEIGHTS[i] ?? 0), 0)
  return body + '10X98765432'[sum % 11]
}

export const phoneMarker = () => `139${String(randomInt(1e8)).padStart(8, '0')}`

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const st = statSync(path, { throwIfNoEntry: false })
    if (!st) continue
    if (st.isDirectory()) yield* files(path)
    else if (st.isFile()) yield path
  }
}

/** Every file of the profile where the marker occurs, as UTF-8 or as UTF-16LE (V8's two-byte strings). */
export function findMarker(profileDir: string, marker: string): string[] {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')]
  const hits: string[] = []
  for (const path of files(profileDir)) {
    const bytes = readFileSync(path)
    if (needles.some((n) => bytes.includes(n))) hits.push(path.slice(profileDir.length))
  }
  return hits
}
