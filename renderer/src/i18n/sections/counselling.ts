/** Messages for counselling (`counselling`), spread into zh-CN and en. */
import { counsellingEn as en } from './counselling.en'
import { counsellingZhCN as zhCN } from './counselling.zh-CN'

export const counsellingMessages = { zhCN, en }
