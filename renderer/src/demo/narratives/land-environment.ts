/** Demo narratives: Forest/farmland, land-acquisition and environment disputes. */
import { pay, peace, yuan, type TemplateGroup } from './template'

export const LAND_ENVIRONMENT_TEMPLATES: TemplateGroup<'forest-land' | 'land-acquisition' | 'environment'> = {
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
}
