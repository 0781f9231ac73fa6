/**
 * Messages for the record forms and views of a case (`records`), spread into zh-CN and en.
 */
import { recordsEn as en } from './records.en'
import { recordsZhCN as zhCN } from './records.zh-CN'

export const recordsMessages = { zhCN, en }
