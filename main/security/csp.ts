/**
 * The one Content-Security-Policy of the app. Electron sends it as a response header for every
 * app:// document; the build writes it into index.html as a meta tag so the browser mode obeys it too.
 * 'wasm-unsafe-eval' lets hash-wasm (Argon2id) compile its WebAssembly; nothing else may run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  // The browser build prints a generated PDF from a blob: URL in a hidden frame; nothing else is framed.
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')
