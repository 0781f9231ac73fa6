/**
 * zh-CN messages of the record kinds of performance, 司法确认 rulings, traffic and 治安 cases and
 * 群体性纠纷, 协同调解员, spread into `records` (records.zh-CN.ts); the reference for en.
 */
export const recordsMoreZhCN = {
  urge: {
    at: '督促日期',
    method: '督促方式',
    methods: { phone: '电话督促', visit: '上门督促', written: '书面督促', other: '其他方式' },
    content: '督促情况',
    promisedDate: '义务人承诺履行日期',
  },
  'non-performance': {
    notifiedAt: '告知日期',
    routes: '已告知当事人可以',
    routeOptions: {
      'judicial-confirmation': '申请司法确认后申请强制执行',
      enforcement: '依已确认的调解协议申请强制执行',
      litigation: '向人民法院提起诉讼',
    },
    note: '备注',
    hint: '协议未履行的，告知当事人其他救济途径后方可结案（人民调解法第三十一条至第三十三条）。',
  },
  'confirmation-ruling': {
    ruling: '裁定结果',
    rulings: { confirmed: '确认调解协议有效', rejected: '驳回申请（确认无效）' },
    rulingAt: '裁定日期',
    courtCaseNo: '法院案号',
    reason: '驳回理由',
    rejectedHint:
      '驳回后，当事人可以通过人民调解方式变更原协议或达成新协议，也可以向人民法院提起诉讼（人民调解法第三十三条）。',
  },
  'accident-report': {
    receivedAt: '当事人收到事故认定书日期',
    reportNo: '事故认定书编号',
    appliedAt: '书面调解申请日期',
    hint: '当事人应在收到事故认定书之日起 10 日内提出书面调解申请（道路交通安全法实施条例第九十四条）。',
    late: '调解申请晚于期限 {{deadline}}（逾期 {{days}} 天）。',
  },
  'loss-fixed': {
    event: '调解起算事由',
    events: {
      'funeral-ended': '丧葬事宜结束（致死）',
      'treatment-ended': '治疗终结（致伤）',
      'disability-assessed': '定残（致伤）',
      'loss-determined': '确定损失（财产损失）',
    },
    at: '日期',
    note: '备注',
    hint: '调解期限 10 日，自此日起算（道路交通安全法实施条例第九十四条、第九十五条）。',
  },
  'session-notice': {
    sessionDate: '调解日期',
    place: '调解地点',
    notifiedAt: '通知当事人日期',
    notYet: '尚未通知',
    method: '通知方式',
    methods: { written: '书面通知', phone: '电话通知', 'in-person': '当面通知' },
    hint: '应于调解日三日前通知当事人调解的时间、地点。',
    late: '通知晚于 {{deadline}}（调解日前三日）。',
  },
  'police-return': {
    at: '移交日期',
    reason: '移交原因',
    reasons: { 'no-agreement': '经调解未达成协议', 'not-performed': '达成协议后不履行' },
    litigationTold: '已告知当事人可以就民事争议依法向人民法院提起民事诉讼',
    note: '备注',
    hint: '治安调解未达成协议或达成协议后不履行的，由公安机关依法处罚（治安管理处罚法第九条）。',
  },
  'mass-dispute': {
    persons: '涉及人数',
    personsHint: '纠纷实际涉及的人数，不限于登记的当事人。',
    note: '备注',
  },
  'co-mediators': {
    userIds: '协同调解员',
    userIdsHint: '最多 4 人，不含主办调解员；都不选即取消协同调解员。',
    note: '备注',
    lead: '主办调解员：{{name}}',
    noCandidates: '没有其他可选的调解员。',
    summary: '协同调解员：{{names}}',
    cleared: '已取消协同调解员',
    mediators: '调解员',
    leadMark: '{{name}}（主办）',
    separator: '、',
    withNote: '{{sentence}}（{{note}}）',
  },
}
