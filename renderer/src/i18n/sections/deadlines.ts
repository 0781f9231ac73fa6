/**
 * Messages for deadlines: the 期限提醒 page and counts (`deadlines`), the rule and holiday-calendar
 * cards in 设置, and the validation messages of domain/deadlines (`deadlineValidation`).
 */
import { deadlinesEn as en } from './deadlines.en'
import { deadlinesZhCN as zhCN } from './deadlines.zh-CN'

export const deadlinesMessages = { zhCN, en }
