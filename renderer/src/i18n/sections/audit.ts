/**
 * Messages for the audit log screen (`audit`) and one label per audit action (`auditAction`),
 * spread into zh-CN and en. Action codes such as `auth.login` are nested (`auditAction.auth.login`),
 * so `t(\`auditAction.${code}\`)` finds them with i18next's ordinary key separator.
 */
import { auditEn as en } from './audit.en'
import { auditZhCN as zhCN } from './audit.zh-CN'

export const auditMessages = { zhCN, en }
