/** Messages for loading demo data (`demo`), spread into zh-CN and en. */

const zhCN = {
  demo: {
    title: '演示数据',
    intro:
      '为培训和试用加载 {{count}} 件虚构的演示案件：人民调解、行政调解、法院委派和委托调解，处于各个办理阶段，附有告知、调解笔录、协议、回访等记录。姓名、证件号码、电话和地址都是随机生成的，与真实人员无关。',
    onlyEmpty: '只能在本机尚未登记任何案件时加载，以免与真实案件混在一起。',
    load: '加载演示数据',
    confirmTitle: '确定加载演示数据吗？',
    confirmBody:
      '演示案件会像真实案件一样加密保存并计入统计，目前不能批量删除。请只在培训或试用的电脑上加载。',
    confirm: '确定加载',
    checking: '正在检查本机是否已有案件…',
    progress: '正在加载演示数据：{{done}} / {{total}} 件',
    done: '已加载 {{count}} 件演示案件。',
    notEmpty: '本机已有 {{count}} 件案件，不能再加载演示数据。演示数据只能加载到没有任何案件的工作区。',
    failed: '加载演示数据时出错，已加载 {{done}} 件，其余未加载。请稍后重试或联系技术支持。',
  },
}

const en: typeof zhCN = {
  demo: {
    title: 'Demo data',
    intro:
      'For training and trying the app out, load {{count}} fictitious demo cases: people’s, administrative and court-delegated or court-entrusted mediation, at every stage, with notices, session records, agreements, follow-up visits and more. Names, ID numbers, phone numbers and addresses are randomly generated and belong to no real person.',
    onlyEmpty:
      'This is only possible while no case has been registered on this PC, so that demo cases never mix with real ones.',
    load: 'Load demo data',
    confirmTitle: 'Load the demo data?',
    confirmBody:
      'Demo cases are stored encrypted like real cases and count in the statistics; they cannot be deleted in bulk yet. Load them only on a PC used for training or trying the app out.',
    confirm: 'Load',
    checking: 'Checking whether this PC already has cases…',
    progress: 'Loading demo data: {{done}} / {{total}} cases',
    done: '{{count}} demo cases loaded.',
    notEmpty:
      'This PC already holds {{count}} cases, so demo data cannot be loaded. Demo data can only be loaded into a workspace without any case.',
    failed:
      'Loading the demo data failed after {{done}} cases; the rest was not loaded. Please try again later or ask for technical support.',
  },
}

export const demoMessages = { zhCN, en }
