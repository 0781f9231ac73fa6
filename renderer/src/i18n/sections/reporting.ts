/** Messages for the settings that shape reporting (`reporting`): dispute sub-types and 组织队伍, spread into zh-CN and en. */

const zhCN = {
  reporting: {
    catalogue: {
      title: '纠纷类型子类',
      hint: '统计表和上报数据始终按 15 类纠纷计入。可以在某一类下增加本地使用的子类（如“物业费纠纷”归入“物业”）；已有的子类不能删除或改归其他类型，只能停用——停用后新登记的案件不再可选，已登记的案件照常显示。',
      label: '子类名称',
      parent: '归入的纠纷类型',
      retired: '停用',
      add: '增加子类',
      empty: '还没有子类，登记时只选 15 类纠纷类型。',
      saved: '纠纷类型子类已保存。',
      newBadge: '未保存',
    },
    roster: {
      title: '组织队伍',
      hint: '司法所统计表中的组织队伍情况：所指导的人民调解委员会（按类型）及其专职、兼职人民调解员人数。',
      name: '调委会名称',
      type: '类型',
      fullTime: '专职调解员（人）',
      partTime: '兼职调解员（人）',
      add: '增加调委会',
      remove: '删除 {{name}}',
      empty: '还没有登记调委会。',
      types: {
        village: '村人民调解委员会',
        community: '居（社区）人民调解委员会',
        township: '乡镇人民调解委员会',
        street: '街道人民调解委员会',
        enterprise: '企事业单位人民调解委员会',
        industry: '行业性专业性人民调解委员会',
        other: '其他（区域性、社会团体等）',
      },
      saved: '组织队伍已保存。',
      totals: '共 {{committees}} 个调委会，专职调解员 {{fullTime}} 人，兼职调解员 {{partTime}} 人。',
    },
  },
}

const en: typeof zhCN = {
  reporting: {
    catalogue: {
      title: 'Dispute sub-types',
      hint: 'Statistics and the district data always count the 15 reported dispute types. You may add local sub-types under one of them (e.g. “service charges” under property management); a sub-type cannot be deleted or moved to another type once it exists, only retired — new cases no longer offer it, cases already registered still show it.',
      label: 'Sub-type',
      parent: 'Reported as',
      retired: 'Retired',
      add: 'Add sub-type',
      empty: 'No sub-types yet: registration offers the 15 dispute types only.',
      saved: 'Dispute sub-types saved.',
      newBadge: 'unsaved',
    },
    roster: {
      title: 'Committees and mediators',
      hint: 'The figures a judicial office reports beside its cases: the people’s mediation committees it supervises (by type) and their full-time and part-time mediators.',
      name: 'Committee',
      type: 'Type',
      fullTime: 'Full-time mediators',
      partTime: 'Part-time mediators',
      add: 'Add committee',
      remove: 'Remove {{name}}',
      empty: 'No committees recorded yet.',
      types: {
        village: 'Village committee',
        community: 'Residents’ (community) committee',
        township: 'Township committee',
        street: 'Street committee',
        enterprise: 'Enterprise or institution committee',
        industry: 'Industry or professional committee',
        other: 'Other (regional, social organisation…)',
      },
      saved: 'Committees and mediators saved.',
      totals: '{{committees}} committees, {{fullTime}} full-time and {{partTime}} part-time mediators.',
    },
  },
}

export const reportingMessages = { zhCN, en }
