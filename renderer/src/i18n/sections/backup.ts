/** Messages for backup and restore (`backup`), spread into zh-CN and en. */
import { backupEn as en } from './backup.en'
import { backupZhCN as zhCN } from './backup.zh-CN'

export const backupMessages = { zhCN, en }
