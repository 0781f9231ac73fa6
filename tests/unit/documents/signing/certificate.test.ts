/**
 * The organisation's certificate: self-issued with the properties a document-signing certificate
 * needs (checked with openssl, not only with our own reader), and PKCS#12 import with each way it can
 * go wrong answered by its own message.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import forge from 'node-forge'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createSelfIssuedIdentity,
  describeCertificate,
  exportPkcs12,
  importPkcs12,
  type SigningIdentity,
} from '../../../../renderer/src/output/signing'
import { SIGNING_MSG } from '../../../../renderer/src/domain/documents/signing-messages'
import { ValidationError } from '../../../../renderer/src/domain/shared/errors'

const dir = mkdtempSync(join(tmpdir(), 'cert-'))
let identity: SigningIdentity

const refusal = (run: () => unknown): string => {
  try {
    run()
  } catch (error) {
    if (error instanceof ValidationError) return error.issues[0]?.message ?? ''
    throw error
  }
  throw new Error('not refused')
}

beforeAll(async () => {
  identity = await createSelfIssuedIdentity(
    { organisation: '大连市某街道人民调解委员会', region: '大连市甘井子区' },
    { now: new Date('2026-03-01T00:00:00Z') },
  )
})

describe('self-issued certificate', () => {
  it('RSA-2048, SHA-256, digitalSignature + nonRepudiation, UTF-8 organisation name (openssl)', () => {
    const file = join(dir, 'cert.pem')
    writeFileSync(file, identity.certificatePem)
    const text = execFileSync('openssl', ['x509', '-in', file, '-noout', '-text', '-nameopt', 'utf8'], {
      encoding: 'utf8',
    })
    expect(text).toContain('Public-Key: (2048 bit)')
    expect(text).toContain('sha256WithRSAEncryption')
    expect(text).toMatch(/Key Usage: critical\s+Digital Signature, Non Repudiation/)
    expect(text).toContain('CN=大连市某街道人民调解委员会')
    expect(text).toContain('C=CN')
  })

  it('describes itself: subject, self-issued, ten years, colon fingerprint', async () => {
    const info = await describeCertificate(identity.certificatePem)
    expect(info.subject).toBe('大连市某街道人民调解委员会, 大连市甘井子区, CN')
    expect(info.selfIssued).toBe(true)
    expect(info.notAfter.slice(0, 4)).toBe('2036')
    expect(info.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
  })

  it('the private key matches the certificate', () => {
    const key = forge.pki.privateKeyFromPem(identity.privateKeyPem) as forge.pki.rsa.PrivateKey
    const cert = forge.pki.certificateFromPem(identity.certificatePem)
    expect((cert.publicKey as forge.pki.rsa.PublicKey).n.equals(key.n)).toBe(true)
  })
})

describe('PKCS#12 import', () => {
  it('round-trips key and certificate with the passphrase', async () => {
    const p12 = exportPkcs12(identity, 'geheim passphrase')
    const back = importPkcs12(p12, 'geheim passphrase', new Date('2026-06-01'))
    expect(back.certificatePem.replace(/\s/g, '')).toBe(identity.certificatePem.replace(/\s/g, ''))
    const info = await describeCertificate(back.certificatePem)
    expect(info.fingerprintSha256).toBe(
      (await describeCertificate(identity.certificatePem)).fingerprintSha256,
    )
    const a = forge.pki.privateKeyFromPem(back.privateKeyPem) as forge.pki.rsa.PrivateKey
    const b = forge.pki.privateKeyFromPem(identity.privateKeyPem) as forge.pki.rsa.PrivateKey
    expect(a.d.equals(b.d)).toBe(true)
  })

  it('reads a PKCS#12 written by openssl (AES-256, SHA-256 MAC)', () => {
    const key = join(dir, 'key.pem')
    const cert = join(dir, 'cert.pem')
    const out = join(dir, 'openssl.p12')
    writeFileSync(key, identity.privateKeyPem)
    writeFileSync(cert, identity.certificatePem)
    execFileSync('openssl', [
      'pkcs12',
      '-export',
      '-inkey',
      key,
      '-in',
      cert,
      '-out',
      out,
      '-passout',
      'pass:s3cret',
    ])
    const bytes = new Uint8Array(execFileSync('cat', [out]))
    expect(importPkcs12(bytes, 's3cret', new Date('2026-06-01')).certificatePem).toContain(
      'BEGIN CERTIFICATE',
    )
  })

  it('wrong passphrase', () => {
    const p12 = exportPkcs12(identity, 'right one')
    expect(refusal(() => importPkcs12(p12, 'wrong one'))).toBe(SIGNING_MSG.p12WrongPassphrase)
  })

  it('not a PKCS#12 file at all', () => {
    expect(refusal(() => importPkcs12(new TextEncoder().encode('hello'), 'x'))).toBe(SIGNING_MSG.p12Invalid)
  })

  it('a PKCS#12 with a certificate but no private key', () => {
    const cert = forge.pki.certificateFromPem(identity.certificatePem)
    const asn1 = forge.pkcs12.toPkcs12Asn1(null, [cert], 'pw', { algorithm: '3des' })
    const bytes = Uint8Array.from(forge.asn1.toDer(asn1).getBytes(), (c) => c.charCodeAt(0))
    expect(refusal(() => importPkcs12(bytes, 'pw'))).toBe(SIGNING_MSG.p12NoKey)
  })

  it('a key whose certificate is not in the file', async () => {
    const other = await createSelfIssuedIdentity({ organisation: '别的机构' })
    const key = forge.pki.privateKeyFromPem(identity.privateKeyPem)
    const cert = forge.pki.certificateFromPem(other.certificatePem)
    const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], 'pw', { algorithm: '3des' })
    const bytes = Uint8Array.from(forge.asn1.toDer(asn1).getBytes(), (c) => c.charCodeAt(0))
    expect(refusal(() => importPkcs12(bytes, 'pw'))).toBe(SIGNING_MSG.p12KeyMismatch)
  })

  it('an expired certificate', () => {
    const p12 = exportPkcs12(identity, 'pw')
    expect(refusal(() => importPkcs12(p12, 'pw', new Date('2040-01-01')))).toBe(SIGNING_MSG.p12Expired)
  })
})
