/**
 * Messages of the document engine's screens: a case's documents (`docs`) and the template editor
 * (`templates`, including what every placeholder field means), spread into zh-CN and en.
 */
import { documentsEn as en } from './documents.en'
import { documentsZhCN as zhCN } from './documents.zh-CN'

export const documentsMessages = { zhCN, en }
