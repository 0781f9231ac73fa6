/**
 * Messages for person records (`persons`): the person page, the link badge in the registration
 * form and the match offer. Field labels come from `party.*`.
 */

const zhCN = {
  persons: {
    title: '当事人档案',
    linked: '已关联当事人档案',
    unlink: '取消关联',
    openRecord: '查看档案',
    matchSeen: '{{name}}（{{id}}），见于 {{caseNos}}',
    matchNoId: '无证件号码',
    matchNoCases: '尚无案件',
    details: '档案信息',
    edit: '编辑档案',
    save: '保存档案',
    saved: '当事人档案已保存。',
    snapshotNote: '修改档案不会改变各案件中的当事人信息：案件保留登记时的内容。',
    cases: '涉及的案件',
    casesEmpty: '该当事人尚无案件。',
    columns: { caseNo: '案号', kind: '调解类型', status: '状态', createdAt: '登记日期' },
    notFound: '找不到该当事人档案。',
    fixErrors: '请先更正标红的内容。',
    createdAt: '建档时间',
    updatedAt: '最近修改',
  },
}

const en: typeof zhCN = {
  persons: {
    title: 'Person record',
    linked: 'Linked to person record',
    unlink: 'Unlink',
    openRecord: 'Open record',
    matchSeen: '{{name}} ({{id}}), in {{caseNos}}',
    matchNoId: 'no ID number',
    matchNoCases: 'no cases yet',
    details: 'Record details',
    edit: 'Edit record',
    save: 'Save record',
    saved: 'Person record saved.',
    snapshotNote:
      'Editing the record does not change the parties of existing cases: each case keeps the details as registered.',
    cases: 'Cases',
    casesEmpty: 'This person is in no case yet.',
    columns: { caseNo: 'Case no.', kind: 'Kind', status: 'Status', createdAt: 'Registered' },
    notFound: 'This person record was not found.',
    fixErrors: 'Please correct the fields marked in red.',
    createdAt: 'Created',
    updatedAt: 'Last changed',
  },
}

export const personsMessages = { zhCN, en }
