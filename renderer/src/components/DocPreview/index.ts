export * from './DocPreview'
export * from './PagedDocPreview'
