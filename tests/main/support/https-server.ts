/**
 * A local HTTPS server for the upload tests, with a self-signed certificate made here (key from
 * Node's crypto for speed, certificate built and signed with node-forge). Each request is recorded
 * (headers and body) and answered by the test's script.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import forge from 'node-forge'

export interface Certificate {
  key: string
  cert: string
}

export function selfSignedCertificate(): Certificate {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  })
  const cert = forge.pki.createCertificate()
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey)
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`
  cert.validity.notBefore = new Date(Date.now() - 60_000)
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000)
  const name = [{ name: 'commonName', value: 'localhost' }]
  cert.setSubject(name)
  cert.setIssuer(name)
  cert.setExtensions([
    { name: 'basicConstraints', cA: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 2, value: 'localhost' },
        { type: 7, ip: '127.0.0.1' },
      ],
    },
  ])
  cert.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create())
  return { key: privateKey, cert: forge.pki.certificateToPem(cert) }
}

export interface Received {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface Reply {
  status: number
  body?: string | Buffer
  headers?: Record<string, string>
}

export interface TestServer {
  url: string
  received: Received[]
  /** Answers request number `n` (0-based). */
  reply: (n: number, request: Received) => Reply
  close: () => Promise<void>
}

export async function startHttpsServer(
  certificate: Certificate,
  reply: TestServer['reply'],
): Promise<TestServer> {
  const received: Received[] = []
  const state: TestServer = { url: '', received, reply, close: () => Promise.resolve() }
  const server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      }
      received.push(request)
      const answer = state.reply(received.length - 1, request)
      res.writeHead(answer.status, answer.headers ?? {})
      res.end(answer.body ?? '')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  state.url = `https://127.0.0.1:${port}/api/bundles`
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return state
}
