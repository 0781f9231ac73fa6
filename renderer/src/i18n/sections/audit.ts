/**
 * Messages for the audit log screen (`audit`) and one label per audit action (`auditAction`).
 * Action codes such as `auth.login` are nested (`auditAction.auth.login`), so `t(\`auditAction.${code}\`)`
 * finds them with i18next's ordinary key separator; the type below makes a missing code a type error.
 */
import type { AuditAction } from '../../domain/audit/actions'

type Group<A> = A extends `${infer G}.${string}` ? G : never
type Leaf<A, G extends string> = A extends `${G}.${infer L}` ? L : never
type ActionLabels = { [G in Group<AuditAction>]: Record<Leaf<AuditAction, G>, string> }

const zhCN = {
  audit: {
    title: '审计日志',
    intro: '记录谁在何时做了什么。每条记录都以密钥哈希与上一条相连，任何修改、删除或调换顺序都能被校验出来。',
    filterAction: '操作',
    from: '开始日期',
    to: '结束日期',
    total: '共 {{count}} 条',
    empty: '没有符合条件的记录。',
    pageSize: '每页',
    columns: {
      seq: '序号',
      at: '时间',
      actor: '操作人',
      action: '操作',
      target: '对象',
      details: '详情',
    },
    verify: '校验完整性',
    verifyOk: '完整性校验通过：共 {{count}} 条记录，链头哈希 {{head}}…',
    verifyBroken: '完整性校验未通过：第 {{n}} 条记录{{reason}}（共 {{count}} 条）。',
    verifyBrokenHint: '从这一条起的记录不可信。请保持本机现状，并报告主管部门。',
    reason: {
      modified: '被修改',
      removed: '被删除',
      reordered: '顺序被调换',
    },
    export: '导出 CSV',
    exported: '已导出 {{count}} 条记录：{{path}}',
    csv: {
      seq: '序号',
      at: '时间',
      actor: '操作人',
      action: '操作',
      targetType: '对象类型',
      targetId: '对象编号',
      details: '详情',
      hash: '哈希',
    },
    target: {
      user: '用户',
      case: '案件',
      audit: '审计日志',
      settings: '设置',
    },
    detail: {
      roles: '角色',
      caseNo: '案号',
      ok: '结果',
      count: '条数',
      minutes: '分钟',
      reason: '原因',
    },
    yes: '是',
    no: '否',
    failReason: {
      'unknown-user': '用户名不存在',
      'wrong-password': '密码错误',
      throttled: '尝试过于频繁',
      disabled: '账号已停用',
    },
  },
  auditAction: {
    workspace: { setup: '初始化本机' },
    auth: {
      login: '登录',
      logout: '退出登录',
      'login-failed': '登录失败',
      lock: '锁定',
      unlock: '解锁',
    },
    case: {
      view: '查看案件',
      create: '登记案件',
      update: '修改案件',
      delete: '删除案件',
    },
    document: { generate: '生成文书' },
    export: { create: '导出数据' },
    user: {
      create: '新建用户',
      update: '修改用户',
      disable: '停用用户',
      enable: '启用用户',
      'password-reset': '重置密码',
      'password-change': '修改密码',
    },
    settings: { update: '修改设置' },
    audit: {
      verify: '校验审计日志',
      export: '导出审计日志',
    },
  } satisfies ActionLabels,
}

const en: typeof zhCN = {
  audit: {
    title: 'Audit log',
    intro:
      'Who did what, and when. Each entry is tied to the one before by a keyed hash, so any edit, deletion or reordering is caught by the check.',
    filterAction: 'Action',
    from: 'From',
    to: 'To',
    total: '{{count}} entries',
    empty: 'No entries match.',
    pageSize: 'Per page',
    columns: {
      seq: 'No.',
      at: 'Time',
      actor: 'By',
      action: 'Action',
      target: 'Object',
      details: 'Details',
    },
    verify: 'Check integrity',
    verifyOk: 'Integrity check passed: {{count}} entries, chain head {{head}}…',
    verifyBroken: 'Integrity check failed: entry {{n}} was {{reason}} ({{count}} entries).',
    verifyBrokenHint:
      'Entries from this one on cannot be trusted. Leave this PC as it is and report it to your supervising office.',
    reason: {
      modified: 'modified',
      removed: 'deleted',
      reordered: 'moved out of order',
    },
    export: 'Export CSV',
    exported: '{{count}} entries exported: {{path}}',
    csv: {
      seq: 'No.',
      at: 'Time',
      actor: 'By',
      action: 'Action',
      targetType: 'Object type',
      targetId: 'Object id',
      details: 'Details',
      hash: 'Hash',
    },
    target: {
      user: 'User',
      case: 'Case',
      audit: 'Audit log',
      settings: 'Settings',
    },
    detail: {
      roles: 'Roles',
      caseNo: 'Case no.',
      ok: 'Result',
      count: 'Count',
      minutes: 'Minutes',
      reason: 'Reason',
    },
    yes: 'yes',
    no: 'no',
    failReason: {
      'unknown-user': 'unknown username',
      'wrong-password': 'wrong password',
      throttled: 'too many attempts',
      disabled: 'account disabled',
    },
  },
  auditAction: {
    workspace: { setup: 'Set up this PC' },
    auth: {
      login: 'Sign in',
      logout: 'Sign out',
      'login-failed': 'Failed sign-in',
      lock: 'Lock',
      unlock: 'Unlock',
    },
    case: {
      view: 'View case',
      create: 'Register case',
      update: 'Edit case',
      delete: 'Delete case',
    },
    document: { generate: 'Generate document' },
    export: { create: 'Export data' },
    user: {
      create: 'Create user',
      update: 'Edit user',
      disable: 'Disable user',
      enable: 'Enable user',
      'password-reset': 'Reset password',
      'password-change': 'Change password',
    },
    settings: { update: 'Change settings' },
    audit: {
      verify: 'Check audit log',
      export: 'Export audit log',
    },
  },
}

export const auditMessages = { zhCN, en }
