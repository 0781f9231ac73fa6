export * from './DocPreview'
