/** Upload to the district: the card for the export page, and queueing a bundle from an export. */
export { UploadCard } from './UploadCard'
export { enqueueBundle, enqueueMessageKey, sha256Hex } from './enqueue-bundle'
