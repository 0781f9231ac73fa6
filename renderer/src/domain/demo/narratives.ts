/**
 * What demo disputes are about: per dispute type several templates, each with its facts, requests,
 * what each side says in a session, what the investigation found, and the terms they agree on.
 * Details (names, places, amounts, dates, counts) vary per case.
 */
import type { DisputeType, Gender } from '../cases/catalogues'
import type { OrgKind } from './people'
import type { District } from './places'
import type { Rng } from './random'

export interface Ctx {
  r: Rng
  /** First applicant's name, or "张三等5人" when several apply together. */
  a: string
  /** First respondent's name. */
  b: string
  /** Applicant's address. */
  addr: string
  district: District
  /** Claimed and agreed amounts, in yuan. */
  amt: number
  agreed: number
  /** When the trouble began: 2024年3月 / 2024年3月12日. */
  since: string
  sinceDay: string
  /** A small count (months, times, metres…) for the story. */
  n: number
  applicants: number
  aMale: boolean
  bMale: boolean
}

export interface TermSeed {
  d: string
  yuan: number
  obligor: 'a' | 'b' | ''
  manner?: string
  dueDays?: number
  /** Paid in this many monthly parts. */
  instalments?: number
}

export type Relation = 'parent-child' | 'siblings' | 'spouses' | 'ex-spouses'

export interface Template {
  amount: readonly [min: number, max: number, step: number]
  respondent: 'person' | OrgKind
  relation?: Relation
  applicants?: readonly [number, number]
  /** First applicant's gender, when the story needs it. */
  applicantGender?: Gender
  /** Village houses and farmland, or flats in city compounds. */
  setting?: 'rural' | 'urban'
  /** A third party (an insurer in a traffic case, for instance). */
  thirdParty?: OrgKind
  facts: (c: Ctx) => string
  requests: (c: Ctx) => string
  says: readonly [(c: Ctx) => string, (c: Ctx) => string]
  subject: string
  finding: (c: Ctx) => string
  terms: (c: Ctx) => TermSeed[]
}

/** 8000元, 3.5万元 */
export function yuan(n: number): string {
  return n >= 10_000 && n % 100 === 0 ? `${n / 10_000}万元` : `${n}元`
}

const peace = (c: Ctx): TermSeed =>
  c.r.pick([
    { d: '双方今后互谅互让、和睦相处，不再因此事发生争执。', yuan: 0, obligor: '' },
    { d: '本协议履行完毕后，双方就此事再无其他争议。', yuan: 0, obligor: '' },
    { d: '双方自愿达成本协议，今后不得再就本纠纷向对方主张任何权利。', yuan: 0, obligor: '' },
  ] as const)

const pay = (c: Ctx, what: string, obligor: 'a' | 'b' = 'b'): TermSeed => {
  const instalments = c.agreed >= 20_000 && c.r.chance(0.4) ? c.r.int(2, 6) : 1
  return {
    d: `${obligor === 'b' ? c.b : c.a}${what}${yuan(c.agreed)}`,
    yuan: c.agreed,
    obligor,
    manner:
      instalments > 1
        ? `分${instalments}期支付，每月一期`
        : c.r.pick(['一次性现金支付', '一次性银行转账', '微信转账一次性付清']),
    dueDays: instalments > 1 ? instalments * 30 : c.r.int(3, 30),
    instalments,
  }
}

export const LAW: Record<DisputeType, string> = {
  'marriage-family': '《中华人民共和国民法典》婚姻家庭编',
  neighbourhood: '《中华人民共和国民法典》第二百八十八条关于相邻关系的规定',
  'housing-homestead': '《中华人民共和国民法典》物权编',
  contract: '《中华人民共和国民法典》合同编',
  'production-business': '《中华人民共和国民法典》合同编及合伙合同的有关规定',
  damages: '《中华人民共和国民法典》侵权责任编',
  'forest-land': '《中华人民共和国农村土地承包法》',
  'land-acquisition': '《中华人民共和国土地管理法》及征收补偿有关政策',
  environment: '《中华人民共和国民法典》第一千二百二十九条及环境噪声、大气污染防治的有关规定',
  labour: '《中华人民共和国劳动合同法》和《保障农民工工资支付条例》',
  consumer: '《中华人民共和国消费者权益保护法》',
  medical: '《医疗纠纷预防和处理条例》',
  traffic: '《中华人民共和国道路交通安全法》第七十六条',
  'property-management': '《物业管理条例》和物业服务合同的约定',
  other: '《中华人民共和国民法典》的有关规定',
}

export const TEMPLATES: Record<DisputeType, readonly Template[]> = {
  'marriage-family': [
    {
      amount: [500, 3000, 100],
      respondent: 'person',
      relation: 'parent-child',
      facts: (c) =>
        `申请人${c.a}与被申请人${c.b}系${c.aMale ? '父' : '母'}${c.bMale ? '子' : '女'}关系。申请人年事已高，${c.r.pick(['患有高血压、糖尿病', '去年做过心脏支架手术', '腿脚不便、长期服药', '独自居住'])}，退休金较低。自${c.since}起，被申请人以工作忙、收入少为由不再支付赡养费，也很少回家探望，双方为此多次发生争吵，申请人情绪低落。`,
      requests: (c) => `请求被申请人每月支付赡养费${yuan(c.amt)}，分担住院医疗费用，并定期回家探望。`,
      says: [
        (c) => `${c.a}称：养儿防老，现在自己看病都要向邻居借钱，被申请人连电话都不接。`,
        (c) =>
          `${c.b}称：自己${c.r.pick(['刚失业', '房贷压力大', '孩子正上高中开销大'])}，不是不管老人，只是一时拿不出那么多钱。`,
      ],
      subject: '申请人生活及医疗开支情况',
      finding: (c) =>
        `走访申请人所在社区及邻居，申请人每月退休金约${c.r.int(18, 35)}00元，近一年医疗支出较多；被申请人有固定工作，另有兄弟姐妹${c.r.int(1, 3)}人。`,
      terms: (c) => [
        {
          d: `被申请人${c.b}自本协议生效之月起每月支付申请人赡养费${yuan(c.agreed)}，于每月10日前支付`,
          yuan: c.agreed,
          obligor: 'b',
          manner: '每月银行转账',
          dueDays: 10,
        },
        {
          d: `被申请人每月至少回家探望申请人两次，申请人住院期间由被申请人负责陪护。`,
          yuan: 0,
          obligor: 'b',
        },
      ],
    },
    {
      amount: [800, 3000, 100],
      respondent: 'person',
      relation: 'ex-spouses',
      facts: (c) =>
        `申请人${c.a}与被申请人${c.b}原系夫妻，${c.r.int(2015, 2022)}年协议离婚，婚生${c.r.pick(['子', '女'])}随申请人生活，约定被申请人每月支付抚养费${yuan(c.amt)}。自${c.since}起被申请人以${c.r.pick(['生意亏损', '再婚后家庭负担重', '收入下降'])}为由停止支付，至今已欠付${c.n + 2}个月，孩子的学费和课外班费用均由申请人一人承担。`,
      requests: (c) => `请求被申请人补付拖欠的抚养费${yuan(c.amt * (c.n + 2))}，今后按月足额支付。`,
      says: [
        (c) => `${c.a}称：离婚协议写得清清楚楚，被申请人却一拖再拖，孩子马上要交学费。`,
        (c) => `${c.b}称：不是不认账，希望能分期补付，并要求每月能接孩子过一次周末。`,
      ],
      subject: '抚养费约定及实际支付情况',
      finding: (c) => `查阅双方离婚协议及银行流水，被申请人最后一次支付抚养费在${c.since}，此后未再支付。`,
      terms: (c) => [
        { ...pay(c, '分期补付拖欠的抚养费共计'), dueDays: 90 },
        {
          d: `被申请人自下月起每月15日前支付抚养费，每月第一个周末可接孩子共同生活。`,
          yuan: 0,
          obligor: 'b',
        },
      ],
    },
    {
      amount: [100_000, 800_000, 10_000],
      respondent: 'person',
      relation: 'siblings',
      facts: (c) =>
        `申请人${c.a}与被申请人${c.b}系兄弟姐妹关系。父母${c.r.pick(['去年', '前年', '数年前'])}相继去世，留下位于${c.addr}的住房一套，现由被申请人居住。申请人提出出售房屋平分房款，被申请人认为自己长期照顾父母，应多分，双方${c.r.pick(['在父亲忌日当天发生争吵', '多次争吵并互相拉黑', '在亲属聚会时发生推搡'])}。`,
      requests: (c) => `请求依法分割父母遗留房产，或由被申请人给付申请人折价款${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：房子是父母留给所有子女的，不能由被申请人一人独占。`,
        (c) =>
          `${c.b}称：父母晚年一直由自己照顾，${c.r.pick(['看病住院都是自己垫钱', '房子的装修也是自己出的钱'])}，多分一些合情合理。`,
      ],
      subject: '遗产范围及赡养父母情况',
      finding: (c) =>
        `查阅房屋不动产登记信息，房屋登记在父亲名下，面积约${c.r.int(45, 110)}平方米；走访邻居证实被申请人照顾老人较多。`,
      terms: (c) => [
        { ...pay(c, '取得该房屋所有权，并给付申请人折价款'), dueDays: c.r.int(30, 120) },
        { d: '申请人配合被申请人办理继承及不动产转移登记手续。', yuan: 0, obligor: 'a' },
        peace(c),
      ],
    },
    {
      amount: [0, 0, 1],
      respondent: 'person',
      relation: 'spouses',
      facts: (c) =>
        `申请人${c.a}与被申请人${c.b}系夫妻，结婚${c.n + 8}年。近来因${c.r.pick(['家务分担和子女教育', '被申请人沉迷网络赌博', '赡养老人', '被申请人经常酒后晚归'])}问题经常争吵，${c.sinceDay}被申请人酒后摔砸家中物品，申请人带孩子回娘家居住，双方关系紧张。`,
      requests: () => `请求调解双方家庭矛盾，被申请人保证今后不再酒后滋事，双方共同承担家务和子女教育。`,
      says: [
        (c) => `${c.a}称：对方每次喝酒就发脾气，自己和孩子都很害怕。`,
        (c) => `${c.b}称：自己工作压力大，那天确实喝多了，愿意道歉，希望妻子和孩子回家。`,
      ],
      subject: '家庭矛盾起因及有无家庭暴力',
      finding: () =>
        `走访双方亲属及社区网格员，双方此前无报警记录，矛盾主要因生活琐事及饮酒引起，未发现家庭暴力。`,
      terms: (c) => [
        { d: `被申请人${c.b}向申请人书面道歉，保证今后不再酗酒，不再摔砸物品。`, yuan: 0, obligor: 'b' },
        { d: '双方共同承担家务和子女教育，遇事多沟通，由社区调解员定期回访。', yuan: 0, obligor: '' },
      ],
    },
  ],
  neighbourhood: [
    {
      amount: [800, 12_000, 100],
      respondent: 'person',
      setting: 'urban',
      facts: (c) =>
        `申请人${c.a}住${c.addr}，被申请人${c.b}住其楼上。${c.sinceDay}起，申请人家${c.r.pick(['卫生间棚顶', '厨房墙面', '卧室吊顶'])}多次出现渗水，${c.r.pick(['墙皮脱落、吊顶变形', '木地板起鼓', '衣柜发霉'])}。申请人认为是被申请人家${c.r.pick(['防水层老化', '地暖管道破裂', '装修时破坏了防水'])}所致，多次上门协商未果。`,
      requests: (c) => `请求被申请人维修漏水部位，并赔偿申请人损失${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：漏水已经${c.n}个月，屋里一直有霉味，老人孩子都受影响。`,
        (c) => `${c.b}称：同意请人检测，如果确实是自己家的原因愿意维修，但损失金额过高。`,
      ],
      subject: '渗水原因及损失情况',
      finding: (c) =>
        `会同物业工作人员入户查看，被申请人家卫生间闭水试验${c.r.pick(['有明显渗漏', '地漏周边渗漏'])}，申请人家棚顶渗水面积约${c.r.int(2, 9)}平方米。`,
      terms: (c) => [
        {
          d: `被申请人${c.b}于十日内请专业人员重做卫生间防水，费用自理。`,
          yuan: 0,
          obligor: 'b',
          dueDays: 10,
        },
        pay(c, '赔偿申请人装修损失'),
        peace(c),
      ],
    },
    {
      amount: [0, 3000, 100],
      respondent: 'person',
      setting: 'urban',
      facts: (c) =>
        `申请人${c.a}与被申请人${c.b}系同一单元邻居。被申请人${c.r.pick(['在楼道内长期堆放纸箱、旧家具', '饲养的大型犬经常在楼道内吠叫', '在门前安装摄像头正对申请人家门', '夜间在家中唱歌、打麻将'])}，申请人认为影响通行和休息，${c.sinceDay}双方为此发生争吵，${c.r.pick(['互相推搡', '申请人拨打110报警', '惊动了社区网格员'])}。`,
      requests: () => `请求被申请人停止侵扰行为，恢复楼道通行和正常居住秩序。`,
      says: [
        (c) => `${c.a}称：说过很多次了，对方根本不理会，晚上根本睡不好。`,
        (c) => `${c.b}称：对方说话太冲，自己也不是故意的，可以适当改正。`,
      ],
      subject: '楼道占用及噪音扰民情况',
      finding: (c) => `现场查看并询问同单元住户${c.r.int(2, 5)}户，反映情况基本属实。`,
      terms: (c) => [
        {
          d: `被申请人${c.b}于三日内清理楼道堆放物品，今后不再占用公共部位，晚十点后不再制造噪音。`,
          yuan: 0,
          obligor: 'b',
          dueDays: 3,
        },
        peace(c),
      ],
    },
    {
      amount: [2000, 30_000, 500],
      respondent: 'person',
      facts: (c) =>
        `申请人${c.a}与被申请人${c.b}相邻而居。${c.since}被申请人${c.r.pick(['翻建院墙', '加建阳光房', '在窗前种植高大树木', '安装空调外机'])}，申请人认为${c.r.pick(['严重遮挡采光', '侵占了自家通道', '外机热风直吹卧室窗户'])}，要求拆除，被申请人拒绝，双方矛盾逐步升级。`,
      requests: (c) => `请求被申请人拆除或移除妨碍物，恢复原状，并赔偿损失${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：自家冬天白天也要开灯，太影响生活。`,
        (c) => `${c.b}称：加建前跟对方打过招呼，对方当时没有反对。`,
      ],
      subject: '妨碍通行、采光的事实',
      finding: (c) => `现场测量，加建部分距申请人窗户约${c.r.int(1, 4)}米，冬季对采光影响明显。`,
      terms: (c) => [
        {
          d: `被申请人${c.b}于一个月内将加建部分拆除${c.r.pick(['一半', '至原院墙高度', '并移至另一侧'])}。`,
          yuan: 0,
          obligor: 'b',
          dueDays: 30,
        },
        pay(c, '一次性补偿申请人'),
      ],
    },
  ],
  'housing-homestead': [
    {
      amount: [5000, 60_000, 1000],
      respondent: 'person',
      setting: 'rural',
      facts: (c) =>
        `申请人${c.a}与被申请人${c.b}系同村村民，宅基地相邻。${c.since}被申请人翻建房屋时，将东侧院墙向申请人一侧外移约${c.n * 10 + 20}厘米，申请人认为侵占了自家宅基地，双方多次争吵，村委会调解未果。`,
      requests: (c) => `请求被申请人按原宅基地界址恢复院墙，或补偿申请人${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：老院墙的位置邻居们都知道，对方这是欺负人。`,
        (c) => `${c.b}称：原来的墙本来就歪，自己只是取直，没有多占。`,
      ],
      subject: '宅基地界址',
      finding: (c) =>
        `调取${c.r.int(1989, 2012)}年宅基地使用证及村集体档案，结合现场测量，被申请人新墙超出原界址约${c.n * 10 + 10}厘米。`,
      terms: (c) => [
        { ...pay(c, '因院墙外移一次性补偿申请人'), yuan: c.agreed },
        { d: '双方以现有院墙为界，今后任何一方不得再行改变界址。', yuan: 0, obligor: '' },
      ],
    },
    {
      amount: [20_000, 300_000, 5000],
      respondent: 'person',
      facts: (c) =>
        `${c.since}，申请人${c.a}购买被申请人${c.b}位于${c.addr}的二手房一套，已付房款${yuan(c.amt)}。被申请人以${c.r.pick(['房价上涨', '家人不同意', '房屋尚有抵押'])}为由迟迟不配合办理过户手续，申请人担心房财两空。`,
      requests: (c) => `请求被申请人限期配合办理过户手续，或退还已付房款${yuan(c.amt)}并赔偿损失。`,
      says: [
        (c) => `${c.a}称：钱已经付了大半年，一直过不了户，孩子上学都受影响。`,
        (c) => `${c.b}称：银行贷款还没还清，需要时间解押。`,
      ],
      subject: '房屋买卖合同履行情况',
      finding: () => `查阅双方买卖合同、付款凭证及不动产登记信息，房屋现存一笔银行抵押登记。`,
      terms: (c) => [
        {
          d: `被申请人${c.b}于六十日内还清贷款、办理解押，并配合申请人办理不动产转移登记。`,
          yuan: 0,
          obligor: 'b',
          dueDays: 60,
        },
        { d: '如被申请人逾期未办理，应全额退还已付房款并按同期贷款利率支付利息。', yuan: 0, obligor: 'b' },
      ],
    },
    {
      amount: [3000, 40_000, 1000],
      respondent: 'person',
      setting: 'rural',
      facts: (c) =>
        `申请人${c.a}常年在外务工，其位于${c.addr}的老房由被申请人${c.b}${c.r.pick(['借住', '代为看管'])}。${c.since}申请人回村要求收回房屋，被申请人以${c.r.pick(['房屋由其出资修缮', '双方曾口头约定买卖'])}为由拒绝搬离，并要求申请人补偿修缮费用。`,
      requests: () => `请求被申请人搬离并返还房屋。`,
      says: [
        (c) => `${c.a}称：房子只是借给对方住，从来没说过卖。`,
        (c) => `${c.b}称：这些年修房顶、换门窗花了不少钱，搬走可以，但要给个说法。`,
      ],
      subject: '房屋借用及修缮出资情况',
      finding: (c) => `询问村干部及邻居${c.r.int(2, 4)}人，证实被申请人曾出资修缮房顶和门窗。`,
      terms: (c) => [
        {
          d: `被申请人${c.b}于${c.n + 1}个月内搬离并返还房屋。`,
          yuan: 0,
          obligor: 'b',
          dueDays: (c.n + 1) * 30,
        },
        {
          ...pay(c, '修缮费用由申请人补偿', 'a'),
          d: `申请人${c.a}补偿被申请人房屋修缮费用${yuan(c.agreed)}`,
        },
      ],
    },
  ],
  contract: [
    {
      amount: [10_000, 300_000, 1000],
      respondent: 'person',
      facts: (c) =>
        `${c.since}，被申请人${c.b}以${c.r.pick(['资金周转', '做生意进货', '给孩子买房', '看病'])}为由向申请人${c.a}借款${yuan(c.amt)}，出具借条一张，约定${c.r.int(3, 12)}个月内归还。借款到期后，申请人多次催要，被申请人以各种理由推脱，至今未还。`,
      requests: (c) => `请求被申请人归还借款${yuan(c.amt)}，并按约定支付利息。`,
      says: [
        (c) => `${c.a}称：当时看在多年朋友的面子上借的钱，现在电话都不接。`,
        (c) => `${c.b}称：钱一定还，但目前确实困难，希望免除利息分期归还。`,
      ],
      subject: '借款事实及还款能力',
      finding: () => `核对借条原件及银行转账记录，借款事实清楚；被申请人经营的店铺目前处于亏损状态。`,
      terms: (c) => [
        pay(c, '分期归还申请人借款本金'),
        { d: '申请人同意免除借款利息。', yuan: 0, obligor: 'a' },
      ],
    },
    {
      amount: [5000, 80_000, 500],
      respondent: 'decoration',
      facts: (c) =>
        `申请人${c.a}与被申请人${c.b}于${c.since}签订家庭装修合同，合同价款${yuan(c.amt * 3)}。入住后发现${c.r.pick(['卫生间漏水', '墙面大面积开裂', '地砖空鼓', '橱柜尺寸与设计不符'])}等质量问题，被申请人维修拖延，申请人拒付剩余尾款，双方发生争执。`,
      requests: (c) => `请求被申请人返工维修并赔偿损失${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：装修才${c.n}个月就出问题，找了十几次都没人来修。`,
        (c) => `${c.b}称：部分问题属于业主自行改动造成，尾款也一直没付。`,
      ],
      subject: '装修质量问题',
      finding: (c) =>
        `会同第三方检测人员现场查看，${c.r.pick(['地砖空鼓率约30%', '墙面裂缝多处', '防水层施工不规范'])}，属施工质量问题。`,
      terms: (c) => [
        { d: `被申请人于十五日内对问题部位返工维修，费用自理。`, yuan: 0, obligor: 'b', dueDays: 15 },
        pay(c, '赔偿申请人损失'),
        { d: '维修验收合格后，申请人支付剩余装修尾款。', yuan: 0, obligor: 'a' },
      ],
    },
    {
      amount: [1500, 9000, 100],
      respondent: 'person',
      setting: 'urban',
      facts: (c) =>
        `申请人${c.a}租住被申请人${c.b}位于${c.district.name}${c.r.pick(c.district.streets)}的住房一套，月租金${Math.round(c.amt / (c.n > 3 ? 2 : 1) / 100) * 100}元，押金${yuan(c.amt)}。${c.since}租期届满，申请人搬离后，被申请人以${c.r.pick(['家具损坏', '欠缴水电燃气费', '墙面被打孔'])}为由扣留全部押金，申请人不同意。`,
      requests: (c) => `请求被申请人返还押金${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：都是正常使用的损耗，入住时家具就已经很旧了。`,
        (c) => `${c.b}称：房子交回时损坏严重，修理花的钱比押金还多。`,
      ],
      subject: '房屋交接及损坏情况',
      finding: () => `查看双方入住时拍摄的照片及交接单，部分家具损坏属实，其余属于正常损耗。`,
      terms: (c) => [{ ...pay(c, '扣除维修费用后退还申请人押金'), manner: '微信转账一次性付清' }, peace(c)],
    },
  ],
  'production-business': [
    {
      amount: [20_000, 500_000, 10_000],
      respondent: 'person',
      setting: 'rural',
      facts: (c) =>
        `申请人${c.a}与被申请人${c.b}于${c.since}合伙${c.r.pick(['养殖海参', '经营扇贝筏架', '承包樱桃园', '经营渔船'])}，口头约定各出资一半、利润平分。经营${c.n + 1}年后因账目不清产生矛盾，被申请人拒绝公开账目，申请人要求退伙并分配盈余。`,
      requests: (c) => `请求清算合伙账目，由被申请人返还出资并分配盈余共计${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：这几年的收入都在对方手里，一分钱分红都没见到。`,
        (c) =>
          `${c.b}称：这几年${c.r.pick(['遇上高温海参大量死亡', '行情不好', '设备损坏'])}，根本没挣到钱，账目都有记录。`,
      ],
      subject: '合伙出资及盈亏情况',
      finding: (c) =>
        `调取${c.n + 1}年的销售单据及银行流水，经双方核对，合伙期间共盈余约${yuan(c.amt * 2)}。`,
      terms: (c) => [
        pay(c, '返还申请人出资并分配盈余共计'),
        { d: '申请人自协议生效之日起退出合伙，不再参与经营。', yuan: 0, obligor: 'a' },
      ],
    },
    {
      amount: [8000, 150_000, 1000],
      respondent: 'cooperative',
      setting: 'rural',
      facts: (c) =>
        `申请人${c.a}为被申请人${c.b}提供${c.r.pick(['饲料', '苗种', '运输服务', '网箱维修'])}，截至${c.since}累计货款${yuan(c.amt)}未结清。被申请人称${c.r.pick(['养殖遭遇病害', '收购商尚未回款'])}，暂时无力支付。`,
      requests: (c) => `请求被申请人支付拖欠货款${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：自己也是小本生意，欠款拖了一年，上游已经不给供货了。`,
        (c) => `${c.b}称：欠款认可，希望收获季节后一次性结清。`,
      ],
      subject: '供货及欠款金额',
      finding: () => `核对送货单及对账单，双方对欠款金额无异议。`,
      terms: (c) => [{ ...pay(c, '支付申请人货款'), dueDays: c.r.int(60, 150) }],
    },
    {
      amount: [5000, 60_000, 1000],
      respondent: 'person',
      facts: (c) =>
        `申请人${c.a}与被申请人${c.b}在${c.district.name}${c.r.pick(['农贸市场', '批发市场', '夜市'])}相邻经营摊位。${c.since}起被申请人${c.r.pick(['占用申请人摊位前通道摆货', '以低价揽客并散布申请人货物不新鲜的言论'])}，导致申请人生意下滑，双方多次口角。`,
      requests: (c) => `请求被申请人停止不正当经营行为，赔偿经营损失${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：营业额一个月少了一半，都是对方造成的。`,
        (c) => `${c.b}称：市场竞争各凭本事，自己没有说过那些话。`,
      ],
      subject: '摊位经营秩序',
      finding: () => `会同市场管理方查看监控录像，被申请人确有占用通道摆放货物的情况。`,
      terms: (c) => [
        { d: `被申请人${c.b}不得占用公共通道，按市场划定区域经营。`, yuan: 0, obligor: 'b' },
        pay(c, '补偿申请人损失'),
        peace(c),
      ],
    },
  ],
  damages: [
    {
      amount: [2000, 80_000, 500],
      respondent: 'person',
      facts: (c) =>
        `${c.sinceDay}，申请人${c.a}与被申请人${c.b}因${c.r.pick(['停车', '排队', '孩子打闹', '琐事'])}发生口角，继而相互厮打，申请人${c.r.pick(['面部受伤', '左臂骨折', '鼻骨骨折', '多处软组织挫伤'])}，在${c.district.name}医院治疗，花去医疗费${yuan(Math.round(c.amt / 2))}。公安机关出警后建议双方调解。`,
      requests: (c) => `请求被申请人赔偿医疗费、误工费、营养费等共计${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：是对方先动手的，自己现在还不能正常上班。`,
        (c) => `${c.b}称：对方也有过错，自己愿意承担一部分医疗费。`,
      ],
      subject: '受伤经过及损失',
      finding: (c) =>
        `调取公安出警记录及医院病历、票据，申请人住院${c.n + 2}天，医疗票据合计${yuan(Math.round(c.amt / 2))}。`,
      terms: (c) => [
        pay(c, '赔偿申请人医疗费、误工费、营养费等共计'),
        { d: '被申请人当面向申请人赔礼道歉。', yuan: 0, obligor: 'b' },
        peace(c),
      ],
    },
    {
      amount: [1000, 20_000, 100],
      respondent: 'person',
      setting: 'urban',
      facts: (c) =>
        `${c.sinceDay}，申请人${c.a}在小区内散步时被被申请人${c.b}饲养的${c.r.pick(['金毛犬', '泰迪犬', '未拴绳的中华田园犬', '哈士奇'])}咬伤${c.r.pick(['小腿', '手臂', '大腿'])}，先后注射狂犬疫苗${c.r.int(3, 5)}针，花去医疗费用若干。被申请人认为申请人逗弄犬只，只愿意承担部分费用。`,
      requests: (c) => `请求被申请人赔偿医疗费、误工费等${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：狗没拴绳，自己根本没碰它。`,
        (c) => `${c.b}称：狗平时很温顺，愿意出疫苗的钱。`,
      ],
      subject: '犬只伤人经过',
      finding: () => `调取小区监控，犬只未拴犬绳，申请人路过时被咬伤，无逗弄行为。`,
      terms: (c) => [
        pay(c, '赔偿申请人医疗费、误工费等共计'),
        { d: '被申请人今后遛犬时必须拴绳，并为犬只办理登记。', yuan: 0, obligor: 'b' },
      ],
    },
    {
      amount: [3000, 100_000, 1000],
      respondent: 'construction',
      facts: (c) =>
        `${c.since}起，被申请人${c.b}在申请人${c.a}住宅附近进行${c.r.pick(['地下管网施工', '基坑开挖', '强夯作业'])}，申请人房屋出现${c.r.pick(['墙体开裂', '地面下沉', '门窗变形'])}。申请人多次找施工方交涉，对方否认因果关系。`,
      requests: (c) => `请求被申请人修复房屋并赔偿损失${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：施工前房子好好的，现在裂缝越来越大，晚上都不敢睡。`,
        (c) => `${c.b}称：施工符合规范，房屋本身年久失修，愿意出于人道给予适当补偿。`,
      ],
      subject: '房屋受损原因',
      finding: (c) =>
        `委托房屋安全鉴定机构查看，申请人房屋裂缝与施工振动存在一定关联，房龄约${c.r.int(20, 45)}年。`,
      terms: (c) => [pay(c, '一次性补偿申请人房屋修复费用'), peace(c)],
    },
  ],
  'forest-land': [
    {
      amount: [2000, 50_000, 500],
      respondent: 'person',
      setting: 'rural',
      facts: (c) =>
        `申请人${c.a}与被申请人${c.b}系同村村民，承包地相邻。${c.since}被申请人${c.r.pick(['耕种时越界', '移动界桩', '在地头栽种果树'])}，占用申请人承包地约${(c.n * 2 + 3) / 10}亩，双方多次争吵，险些动手。`,
      requests: () => `请求按土地承包经营权证确认地界，被申请人退还占用土地。`,
      says: [
        (c) => `${c.a}称：承包证上面积写得明明白白，地被占了好几年了。`,
        (c) => `${c.b}称：地界是老辈人定的，从来都是这么种的。`,
      ],
      subject: '承包地界址',
      finding: () => `依据土地承包经营权证及村集体地籍图，会同村干部现场测量，被申请人确有越界耕种。`,
      terms: (c) => [
        {
          d: `以本次测量埋设的界桩为界，被申请人于秋收后退还越界部分土地。`,
          yuan: 0,
          obligor: 'b',
          dueDays: 90,
        },
        { ...pay(c, '补偿申请人往年收益损失'), manner: '一次性现金支付' },
      ],
    },
    {
      amount: [10_000, 200_000, 5000],
      respondent: 'village',
      setting: 'rural',
      facts: (c) =>
        `申请人${c.a}于${c.r.int(2008, 2018)}年承包被申请人${c.b}集体所有的${c.r.pick(['苹果园', '樱桃园', '荒山', '林地'])}${c.n * 5 + 10}亩，承包期二十年。${c.since}被申请人以${c.r.pick(['规划调整', '合同未经村民代表大会讨论'])}为由要求提前收回，申请人不同意。`,
      requests: (c) => `请求继续履行承包合同；如提前收回，补偿地上附着物及投入损失${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：果树刚进入盛果期，现在收回损失太大。`,
        (c) => `${c.b}称：村里有统一规划，愿意按政策给予补偿。`,
      ],
      subject: '承包合同及地上附着物',
      finding: (c) => `清点地上果树约${c.n * 100 + 300}株，查阅承包合同及村民代表大会记录。`,
      terms: (c) => [
        { ...pay(c, '补偿申请人地上附着物及投入损失'), dueDays: 60 },
        { d: '申请人于收到补偿款后三十日内交回承包地。', yuan: 0, obligor: 'a' },
      ],
    },
    {
      amount: [1000, 15_000, 500],
      respondent: 'person',
      setting: 'rural',
      facts: (c) =>
        `${c.since}，被申请人${c.b}在${c.district.name}${c.r.pick(c.district.villages.length ? c.district.villages : ['城郊'])}后山砍伐树木${c.n * 3 + 5}棵，申请人${c.a}称该片山林系其承包经营，要求赔偿，被申请人称树木系其祖辈所栽。`,
      requests: (c) => `请求被申请人赔偿林木损失${yuan(c.amt)}，并补种树苗。`,
      says: [
        (c) => `${c.a}称：林权证上写的是自己的名字。`,
        (c) => `${c.b}称：这几棵树是爷爷那辈栽的，全村人都知道。`,
      ],
      subject: '林木权属',
      finding: () => `查阅林权证及林业部门档案，争议林地在申请人承包范围内。`,
      terms: (c) => [
        pay(c, '赔偿申请人林木损失'),
        { d: '被申请人于明年春季在原地补种树苗。', yuan: 0, obligor: 'b', dueDays: 150 },
      ],
    },
  ],
  'land-acquisition': [
    {
      amount: [50_000, 600_000, 10_000],
      respondent: 'person',
      applicantGender: 'female',
      relation: 'siblings',
      setting: 'rural',
      facts: (c) =>
        `申请人${c.a}与被申请人${c.b}系兄弟姐妹。父母名下位于${c.addr}的房屋被列入征收范围，征收补偿款共计${yuan(c.amt * 3)}，由被申请人领取。申请人认为自己有权分得其中一份，被申请人以申请人已出嫁、户口不在本村为由拒绝分配。`,
      requests: (c) => `请求分得征收补偿款${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：出嫁了也是父母的子女，老房子当年翻建也出过钱。`,
        (c) => `${c.b}称：老人一直跟自己生活，安置房也要自己出钱买。`,
      ],
      subject: '征收补偿款的构成及分配',
      finding: () =>
        `查阅征收补偿协议，补偿款包括房屋价值补偿、搬迁费和临时安置费，其中房屋价值补偿属父母遗产。`,
      terms: (c) => [{ ...pay(c, '从征收补偿款中给付申请人'), dueDays: 15 }, peace(c)],
    },
    {
      amount: [5000, 80_000, 1000],
      respondent: 'subdistrict',
      applicants: [1, 4],
      facts: (c) =>
        `申请人${c.a}的房屋位于${c.addr}，被列入${c.r.pick(['道路拓宽', '棚户区改造', '地铁配套'])}项目征收范围。申请人对${c.r.pick(['房屋面积认定', '附属物评估价格', '过渡期安置费标准'])}有异议，认为少算补偿约${yuan(c.amt)}，迟迟未签订补偿协议。`,
      requests: () => `请求重新核定补偿面积和附属物价格。`,
      says: [
        (c) => `${c.a}称：厢房和院子里的仓房都没算进去。`,
        (c) => `${c.b}称：补偿依据测绘结果和公布的标准，仓房属于未经批准的建筑。`,
      ],
      subject: '房屋面积及附属物',
      finding: () => `会同测绘单位复核，厢房建于1990年前，有村集体证明，应计入补偿；仓房系2015年后搭建。`,
      terms: (c) => [
        { ...pay(c, '补充补偿申请人厢房部分'), obligor: 'b' },
        { d: '申请人于协议生效后三十日内签订征收补偿协议并腾空房屋。', yuan: 0, obligor: 'a', dueDays: 30 },
      ],
    },
    {
      amount: [2000, 30_000, 500],
      respondent: 'village',
      setting: 'rural',
      facts: (c) =>
        `${c.since}，${c.district.name}某项目征用申请人${c.a}承包地${c.n * 0.5 + 1}亩，申请人认为被申请人${c.b}发放的青苗补偿费计算有误，${c.r.pick(['大棚未计入', '果树株数少算', '按旱田而非水田标准计算'])}。`,
      requests: (c) => `请求补发青苗及地上附着物补偿费${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：大棚是去年刚建的，投入好几万。`,
        (c) => `${c.b}称：补偿按公示的清点结果发放，如有漏项可以复核。`,
      ],
      subject: '青苗补偿清点结果',
      finding: () => `调取清点表及现场照片，确有一处大棚漏计。`,
      terms: (c) => [pay(c, '补发申请人青苗及地上附着物补偿费')],
    },
  ],
  environment: [
    {
      amount: [0, 10_000, 500],
      respondent: 'barbecue',
      setting: 'urban',
      applicants: [1, 6],
      facts: (c) =>
        `申请人${c.a}居住在${c.addr}，楼下被申请人${c.b}经营的烧烤店${c.r.pick(['油烟管道直排', '夜间经营至凌晨', '在店外露天烧烤'])}，油烟和噪声严重影响居民生活，${c.since}以来居民多次投诉。`,
      requests: () => `请求被申请人安装油烟净化设施、规范排烟，晚十点后不得露天经营。`,
      says: [
        (c) => `${c.a}称：夏天不敢开窗，晚上吵得睡不着觉。`,
        (c) => `${c.b}称：小本经营，愿意整改，但需要时间和资金。`,
      ],
      subject: '油烟、噪声扰民情况',
      finding: () => `夜间现场查看，排烟口距居民窗户不足三米，未安装净化设备。`,
      terms: () => [
        { d: '被申请人于十五日内安装油烟净化设备，排烟管道延伸至楼顶。', yuan: 0, obligor: 'b', dueDays: 15 },
        { d: '被申请人每晚22时后停止室外经营，不在店外摆放桌椅。', yuan: 0, obligor: 'b' },
      ],
    },
    {
      amount: [5000, 120_000, 1000],
      respondent: 'chemical',
      applicants: [2, 8],
      setting: 'rural',
      facts: (c) =>
        `被申请人${c.b}的厂房紧邻申请人${c.a}等村民的住宅和耕地。${c.since}以来，厂区${c.r.pick(['排放刺鼻气味', '粉尘飘落到庄稼上', '设备噪声昼夜不停'])}，村民反映${c.r.pick(['蔬菜减产', '老人孩子咳嗽', '夜里无法入睡'])}，多次到厂区交涉。`,
      requests: (c) => `请求被申请人整改污染、赔偿损失${yuan(c.amt)}。`,
      says: [
        (c) => `${c.a}称：工厂开了以后村里就没安生过。`,
        (c) => `${c.b}称：公司排放达标，但愿意与村民协商改善。`,
      ],
      subject: '污染及损失情况',
      finding: () => `会同生态环境部门现场查看，噪声夜间超标，已责令限期整改。`,
      terms: (c) => [
        {
          d: `被申请人于一个月内加装隔音设施，夜间22时至次日6时停止高噪声作业。`,
          yuan: 0,
          obligor: 'b',
          dueDays: 30,
        },
        pay(c, '一次性补偿申请人等村民损失'),
      ],
    },
    {
      amount: [0, 5000, 500],
      respondent: 'person',
      facts: (c) =>
        `被申请人${c.b}在${c.addr}附近${c.r.pick(['饲养鸡鸭十余只', '搭建鸽舍', '堆放废品'])}，产生异味并招来蚊蝇，申请人${c.a}多次要求清理未果。`,
      requests: () => `请求被申请人清理并停止饲养（堆放）。`,
      says: [
        (c) => `${c.a}称：夏天味道特别大，窗户都不敢开。`,
        (c) => `${c.b}称：自己家院子里养点东西不犯法。`,
      ],
      subject: '异味来源',
      finding: () => `现场查看，被申请人院内卫生状况较差，异味明显。`,
      terms: () => [
        { d: '被申请人于十日内清理，今后保持环境卫生，不再饲养。', yuan: 0, obligor: 'b', dueDays: 10 },
      ],
    },
  ],
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
