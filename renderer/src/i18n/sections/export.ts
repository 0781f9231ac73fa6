/** Messages for export bundles and the district side, spread into zh-CN and en. */
import { exportEn as en } from './export.en'
import { exportZhCN as zhCN } from './export.zh-CN'

export const exportMessages = { zhCN, en }
