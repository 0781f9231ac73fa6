/** Demo narratives: Traffic, property-management and other disputes. */
import { pay, peace, yuan, type TemplateGroup } from './template'

export const TRAFFIC_PROPERTY_OTHER_TEMPLATES: TemplateGroup<'traffic' | 'property-management' | 'other'> = {
  traffic: [
    {
      amount: [3000, 150_000, 500],
      respondent: 'person',
      thirdParty: 'insurer',
      facts: (c) =>
        `${c.sinceDay}，被申请人${c.b}驾驶小型轿车行驶至${c.district.name}${c.r.pick(c.district.streets)}路口时，与申请人${c.a}驾驶的${c.r.pick(['电动自行车', '二轮摩托车', '自行车'])}相撞，造成申请人${c.r.pick(['右腿骨折', '头部外伤', '多处擦伤'])}。交警部门认定被申请人负${c.r.pick(['全部', '主要'])}责任。`,
      requests: (c) => `请求被申请人及保险公司赔偿医疗费、误工费、护理费、车辆损失等共计${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：至今还在康复，单位已经扣了好几个月工资。`,
        (c) => `${c.b}称：车辆投保了交强险和商业三者险，由保险公司赔付。`,
      ],
      subject: '事故责任及损失',
      finding: (c) => `查阅道路交通事故认定书、病历及票据，申请人住院${c.n * 3 + 4}天。`,
      terms: (c) => [
        {
          ...pay(c, '（由保险公司在保险限额内赔付）赔偿申请人各项损失共计'),
          manner: '保险公司直接赔付至申请人账户',
        },
        { d: '本协议履行后，双方就本次事故再无其他争议。', yuan: 0, obligor: '' },
      ],
    },
    {
      amount: [1000, 30_000, 100],
      respondent: 'person',
      facts: (c) =>
        `${c.sinceDay}，申请人${c.a}与被申请人${c.b}驾驶的机动车在${c.district.name}${c.r.pick(c.district.streets)}发生追尾，双方车辆受损，无人员伤亡。交警认定被申请人负全部责任，双方对维修费用数额有争议。`,
      requests: (c) => `请求被申请人赔偿车辆维修费及贬值损失${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：车刚买一年，维修后影响卖价。`,
        (c) => `${c.b}称：维修费可以按定损金额赔，贬值损失不认可。`,
      ],
      subject: '车辆损失',
      finding: () => `查阅保险公司定损单及维修发票。`,
      terms: (c) => [pay(c, '赔偿申请人车辆维修费')],
    },
    {
      amount: [5000, 200_000, 1000],
      respondent: 'logistics',
      facts: (c) =>
        `${c.sinceDay}，被申请人${c.b}的驾驶员驾驶货车在${c.district.name}倒车时，将行人申请人${c.a}撞伤。交警认定驾驶员负全部责任。申请人住院治疗后对赔偿数额与被申请人协商不成。`,
      requests: (c) => `请求被申请人赔偿各项损失共计${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：医生说还要做二次手术取钢板。`,
        (c) => `${c.b}称：公司已垫付部分医疗费，同意依法赔偿。`,
      ],
      subject: '事故及损失',
      finding: () => `查阅事故认定书、住院病历及公司已垫付凭证。`,
      terms: (c) => [
        pay(c, '赔偿申请人各项损失（已扣除垫付部分）共计'),
        { d: '二次手术费用凭票据另行结算。', yuan: 0, obligor: 'b' },
      ],
    },
  ],
  'property-management': [
    {
      amount: [1000, 15_000, 100],
      respondent: 'property',
      setting: 'urban',
      facts: (c) =>
        `申请人${c.a}系${c.addr}业主。${c.since}以来，小区${c.r.pick(['电梯频繁停运', '楼道照明长期损坏', '地下车库积水', '垃圾清运不及时'])}，申请人多次向物业反映未解决，遂拒交物业费，被申请人${c.b}催缴并${c.r.pick(['停止为其车辆办理门禁', '在楼道张贴欠费通知'])}，双方矛盾激化。`,
      requests: (c) => `请求被申请人整改服务问题，恢复门禁；被申请人请求申请人补交物业费${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：交了钱得不到服务，凭什么交。`,
        (c) => `${c.b}称：电梯维修需要动用维修基金，正在走程序，欠费应当补交。`,
      ],
      subject: '物业服务问题及欠费情况',
      finding: (c) => `查看电梯维保记录，近半年停运${c.n + 3}次；申请人欠缴物业费${c.n + 6}个月。`,
      terms: (c) => [
        { d: `被申请人${c.b}于一个月内完成电梯维修，并恢复申请人门禁。`, yuan: 0, obligor: 'b', dueDays: 30 },
        { ...pay(c, '补交物业费', 'a'), d: `申请人${c.a}补交物业费${yuan(c.agreed)}` },
      ],
    },
    {
      amount: [1000, 30_000, 500],
      respondent: 'property',
      setting: 'urban',
      facts: (c) =>
        `${c.sinceDay}，申请人${c.a}停放在小区内的车辆被${c.r.pick(['大风刮倒的树木砸中', '高空坠落的广告牌砸坏', '地下车库积水浸泡'])}，申请人认为被申请人${c.b}未尽管理义务，要求赔偿。`,
      requests: (c) => `请求被申请人赔偿车辆维修费${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：物业平时不修剪树木，早就有隐患。`,
        (c) => `${c.b}称：属于极端天气，愿意承担部分责任。`,
      ],
      subject: '车辆受损原因',
      finding: () => `查看监控及气象资料，当日有七级阵风，树木已有枯枝未及时修剪。`,
      terms: (c) => [pay(c, '承担申请人车辆维修费用')],
    },
    {
      amount: [500, 8000, 100],
      respondent: 'property',
      setting: 'urban',
      applicants: [1, 5],
      facts: (c) =>
        `${c.addr}所在小区${c.since}起调整停车收费标准，申请人${c.a}认为未经业主大会表决，拒绝按新标准缴费，被申请人${c.b}禁止其车辆进入小区。`,
      requests: () => `请求被申请人恢复原收费标准并允许车辆进入。`,
      says: [(c) => `${c.a}称：涨价没有征求业主意见。`, (c) => `${c.b}称：收费调整已报备，并在小区公示。`],
      subject: '停车收费调整程序',
      finding: () => `查阅公示材料及业主委员会意见，调价未经业主大会表决。`,
      terms: () => [
        { d: '被申请人暂按原标准收费，待业主大会表决后执行。', yuan: 0, obligor: 'b' },
        { d: '被申请人即日起恢复申请人车辆进入小区。', yuan: 0, obligor: 'b', dueDays: 1 },
      ],
    },
  ],
  other: [
    {
      amount: [500, 10_000, 100],
      respondent: 'person',
      facts: (c) =>
        `${c.since}，申请人${c.a}将宠物猫寄养在被申请人${c.b}处${c.n}周，寄养期间宠物走失，双方就赔偿数额发生争议。`,
      requests: (c) => `请求被申请人赔偿${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：养了五年的猫，跟家人一样。`,
        (c) => `${c.b}称：门窗都关好了，不知道怎么跑出去的，愿意退还寄养费并适当补偿。`,
      ],
      subject: '走失经过',
      finding: () => `查看寄养协议及聊天记录。`,
      terms: (c) => [pay(c, '退还寄养费并补偿申请人共计')],
    },
    {
      amount: [300, 5000, 100],
      respondent: 'person',
      facts: (c) =>
        `申请人${c.a}在${c.district.name}${c.r.pick(['公园', '早市', '广场'])}丢失${c.r.pick(['金手镯', '手机', '钱包'])}，经监控查看被被申请人${c.b}拾得，申请人要求返还，被申请人要求支付酬谢。`,
      requests: () => `请求被申请人返还拾得物。`,
      says: [
        (c) => `${c.a}称：东西是母亲留下的，意义重大。`,
        (c) => `${c.b}称：自己捡到后一直在等失主，并非据为己有。`,
      ],
      subject: '拾得经过',
      finding: () => `调取公园监控，确认拾得经过。`,
      terms: (c) => [{ d: `被申请人${c.b}当场返还拾得物。`, yuan: 0, obligor: 'b', dueDays: 0 }, peace(c)],
    },
    {
      amount: [2000, 30_000, 500],
      respondent: 'education',
      facts: (c) =>
        `申请人${c.a}于${c.since}为孩子在被申请人${c.b}报名${c.r.pick(['编程', '美术', '英语', '舞蹈'])}课程，一次性缴费${yuan(c.amt)}。上课${c.n}次后机构更换老师、课程质量下降，申请人要求退费，被申请人称合同约定不退。`,
      requests: (c) => `请求被申请人退还剩余课时费用${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：报名时承诺的名师一次都没见到。`,
        (c) => `${c.b}称：可以调整老师，退费需扣除优惠和手续费。`,
      ],
      subject: '课程消费情况',
      finding: (c) => `核对课时记录，已上${c.n}次，剩余课时占比约${c.r.int(60, 90)}%。`,
      terms: (c) => [pay(c, '退还申请人剩余课时费用')],
    },
  ],
}
