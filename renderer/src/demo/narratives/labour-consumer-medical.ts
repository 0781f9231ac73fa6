/** Demo narratives: Labour, consumer and medical disputes. */
import { pay, peace, yuan, type TemplateGroup } from './template'

export const LABOUR_CONSUMER_MEDICAL_TEMPLATES: TemplateGroup<'labour' | 'consumer' | 'medical'> = {
  labour: [
    {
      amount: [8000, 200_000, 1000],
      respondent: 'construction',
      applicants: [2, 12],
      facts: (c) =>
        `申请人${c.a}在被申请人${c.b}承建的${c.district.name}某住宅项目从事${c.r.pick(['木工', '钢筋工', '瓦工', '水电安装'])}工作，自${c.since}起被拖欠工资，合计${yuan(c.amt)}。项目已于年初完工，被申请人以总包方未结算为由拒付。`,
      requests: (c) => `请求被申请人支付拖欠的工资${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：干了活拿不到钱，过年都回不了家。`,
        (c) => `${c.b}称：甲方工程款还没到位，到位后马上发。`,
      ],
      subject: '用工及欠薪情况',
      finding: (c) =>
        `核对考勤表和工资表，被申请人确认欠发工资${yuan(c.amt)}；总包单位已缴纳农民工工资保证金。`,
      terms: (c) => [{ ...pay(c, '支付申请人工资共计'), dueDays: c.r.int(7, 30) }],
    },
    {
      amount: [10_000, 150_000, 1000],
      respondent: 'manufacturing',
      facts: (c) =>
        `申请人${c.a}在被申请人${c.b}工作${c.n + 1}年。${c.sinceDay}，申请人在车间作业时${c.r.pick(['左手被冲床压伤', '从梯子上摔下致腰椎骨折', '被叉车刮伤'])}，经人社部门认定为工伤，劳动能力鉴定为十级伤残。双方就工伤待遇数额无法达成一致。`,
      requests: (c) => `请求被申请人支付一次性伤残补助金、医疗补助金、停工留薪期工资等共计${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：手受伤后干不了原来的活了，要求解除劳动关系并一次性赔偿。`,
        (c) => `${c.b}称：公司已垫付医疗费，愿意依法支付但金额需要核算。`,
      ],
      subject: '工伤认定及待遇标准',
      finding: () => `查阅工伤认定书、劳动能力鉴定结论及申请人受伤前十二个月工资表。`,
      terms: (c) => [
        pay(c, '一次性支付申请人工伤保险待遇共计'),
        { d: '双方自协议生效之日起解除劳动关系。', yuan: 0, obligor: '' },
      ],
    },
    {
      amount: [5000, 60_000, 500],
      respondent: 'restaurant',
      facts: (c) =>
        `申请人${c.a}在被申请人${c.b}担任${c.r.pick(['厨师', '服务员', '收银员', '配菜员'])}，${c.sinceDay}被口头辞退，被申请人未与其签订书面劳动合同，也未缴纳社会保险。`,
      requests: (c) => `请求被申请人支付未签劳动合同二倍工资差额及经济补偿金共计${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：干了一年多，说不用就不用了。`,
        (c) => `${c.b}称：是申请人多次旷工，店里才不用的。`,
      ],
      subject: '劳动关系及辞退原因',
      finding: () => `查看工资发放记录及工作群聊天记录，双方存在劳动关系。`,
      terms: (c) => [pay(c, '支付申请人经济补偿等共计'), peace(c)],
    },
  ],
  consumer: [
    {
      amount: [1000, 30_000, 100],
      respondent: 'fitness',
      facts: (c) =>
        `${c.since}，申请人${c.a}在被申请人${c.b}办理预付会员卡，充值${yuan(c.amt)}。${c.r.pick(['门店突然停业', '门店搬迁至远处', '私教课程被单方取消'])}，申请人要求退还余额，被申请人只同意转卡或延期。`,
      requests: (c) => `请求被申请人退还卡内余额${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：卡只用了${c.n}次，店就不开了。`,
        (c) => `${c.b}称：公司正在筹备新店，可以转到新店继续使用。`,
      ],
      subject: '预付卡消费记录',
      finding: (c) => `调取会员消费记录，申请人实际消费${c.n}次，剩余金额${yuan(c.agreed)}。`,
      terms: (c) => [pay(c, '退还申请人预付卡余额')],
    },
    {
      amount: [800, 20_000, 100],
      respondent: 'retail',
      facts: (c) =>
        `申请人${c.a}于${c.since}在被申请人${c.b}购买${c.r.pick(['冰箱', '空调', '洗衣机', '手机', '电视机'])}一台，价款${yuan(c.amt)}。使用${c.n}个月后出现故障，经三次维修仍未修好，被申请人拒绝退换。`,
      requests: (c) => `请求被申请人退货并退还货款${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：修了三次还是坏，按三包规定应当换货。`,
        (c) => `${c.b}称：故障与使用不当有关，可以再修一次。`,
      ],
      subject: '商品故障及维修记录',
      finding: () => `查阅维修记录三份，故障部位相同。`,
      terms: (c) => [
        {
          d: `被申请人${c.b}为申请人更换同型号新品，并补偿申请人${yuan(c.agreed)}。`,
          yuan: c.agreed,
          obligor: 'b',
          manner: '现场办理',
          dueDays: 7,
        },
      ],
    },
    {
      amount: [5000, 150_000, 1000],
      respondent: 'car-dealer',
      facts: (c) =>
        `申请人${c.a}于${c.since}在被申请人${c.b}购买新车一辆，提车后发现${c.r.pick(['车辆有喷漆修复痕迹', '里程数与交付单不符', '发动机异响'])}，怀疑为问题车，要求退车或赔偿。`,
      requests: (c) => `请求被申请人退车或赔偿${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：买的是新车，交车时销售说什么问题都没有。`,
        (c) => `${c.b}称：运输途中轻微剐蹭已修复，愿意协商补偿。`,
      ],
      subject: '车辆状况',
      finding: () => `委托检测机构检测，车辆左前翼子板有喷漆修复痕迹，交车时未告知。`,
      terms: (c) => [pay(c, '补偿申请人'), { d: '被申请人为该车延长质保两年。', yuan: 0, obligor: 'b' }],
    },
  ],
  medical: [
    {
      amount: [10_000, 300_000, 5000],
      respondent: 'hospital',
      facts: (c) =>
        `${c.sinceDay}，申请人${c.a}在被申请人${c.b}行${c.r.pick(['胆囊切除手术', '膝关节置换手术', '剖宫产手术', '阑尾切除手术'])}，术后出现${c.r.pick(['感染', '持续发热', '神经损伤'])}，再次住院治疗${c.n * 5 + 5}天。申请人认为医院存在过错。`,
      requests: (c) => `请求被申请人赔偿医疗费、误工费、护理费等共计${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：手术前医生说是小手术，结果前后住了一个多月院。`,
        (c) => `${c.b}称：已履行告知义务，并发症属于手术风险，同意依据鉴定意见处理。`,
      ],
      subject: '诊疗过程',
      finding: () => `封存并查阅病历资料，委托医疗损害鉴定，结论为医院存在轻微过错。`,
      terms: (c) => [
        pay(c, '赔偿申请人各项损失共计'),
        { d: '申请人不再就本次诊疗向被申请人主张其他权利。', yuan: 0, obligor: 'a' },
      ],
    },
    {
      amount: [3000, 40_000, 500],
      respondent: 'clinic',
      facts: (c) =>
        `申请人${c.a}于${c.since}在被申请人${c.b}种植牙${c.n}颗，费用${yuan(c.amt)}。术后${c.r.pick(['种植体松动', '牙龈反复发炎', '咬合不适'])}，多次复诊未改善。`,
      requests: (c) => `请求被申请人退还治疗费${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：花了这么多钱，现在吃饭都困难。`,
        (c) => `${c.b}称：与申请人口腔卫生习惯有关，可以免费重新种植。`,
      ],
      subject: '治疗经过',
      finding: () => `查阅病历及影像资料，并咨询口腔专家意见。`,
      terms: (c) => [
        pay(c, '退还申请人部分治疗费'),
        { d: '被申请人为申请人免费重新种植。', yuan: 0, obligor: 'b' },
      ],
    },
  ],
}
