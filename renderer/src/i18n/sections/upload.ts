/** Messages for uploading export bundles to the district (`upload`), spread into zh-CN and en. */
import { uploadEn as en } from './upload.en'
import { uploadZhCN as zhCN } from './upload.zh-CN'

export const uploadMessages = { zhCN, en }
