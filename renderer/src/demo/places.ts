/** Dalian's districts with their GB/T 2260 codes, streets and communities, for demo addresses. */

export interface District {
  name: string
  /** 2102xx */
  code: string
  /** The 区/市/县 short form used in committee and court names. */
  short: string
  urban: boolean
  streets: readonly string[]
  /** 街道 (sub-district offices), for committee names. */
  subdistricts: readonly string[]
  /** Villages, for rural addresses and land disputes. */
  villages: readonly string[]
  court: string
  weight: number
}

export const DISTRICTS: readonly District[] = [
  {
    name: '中山区',
    code: '210202',
    short: '中山',
    urban: true,
    streets: [
      '人民路',
      '解放路',
      '鲁迅路',
      '五五路',
      '友好路',
      '天津街',
      '港湾街',
      '七一街',
      '桃源街',
      '昆明街',
    ],
    subdistricts: ['青泥洼桥街道', '桃源街道', '老虎滩街道', '葵英街道', '海军广场街道', '人民路街道'],
    villages: [],
    court: '大连市中山区人民法院',
    weight: 9,
  },
  {
    name: '西岗区',
    code: '210203',
    short: '西岗',
    urban: true,
    streets: ['新开路', '北京街', '长春路', '八一路', '大同街', '沿海街', '白云街', '黄河路', '胜利路'],
    subdistricts: ['白云街道', '人民广场街道', '日新街道', '北京街道', '八一路街道', '香炉礁街道'],
    villages: [],
    court: '大连市西岗区人民法院',
    weight: 9,
  },
  {
    name: '沙河口区',
    code: '210204',
    short: '沙河口',
    urban: true,
    streets: ['西安路', '兴工街', '马栏南街', '五一路', '西南路', '黑石礁街', '锦绣路', '中山路', '春柳街'],
    subdistricts: ['春柳街道', '马栏街道', '李家街道', '黑石礁街道', '星海湾街道', '西安路街道'],
    villages: [],
    court: '大连市沙河口区人民法院',
    weight: 13,
  },
  {
    name: '甘井子区',
    code: '210211',
    short: '甘井子',
    urban: true,
    streets: [
      '华北路',
      '山东路',
      '红旗西路',
      '中华西路',
      '张前路',
      '泉水路',
      '机场街',
      '辛寨子街',
      '南关岭街',
    ],
    subdistricts: [
      '周水子街道',
      '椒金山街道',
      '泉水街道',
      '红旗街道',
      '辛寨子街道',
      '南关岭街道',
      '大连湾街道',
    ],
    villages: ['营城子村', '辛寨子村', '后革村', '夏家河子村', '前关村', '姚家村'],
    court: '大连市甘井子区人民法院',
    weight: 18,
  },
  {
    name: '旅顺口区',
    code: '210212',
    short: '旅顺口',
    urban: true,
    streets: ['黄河路', '长江路', '顺乐街', '水师营街', '铁山街', '登峰街', '太阳沟路'],
    subdistricts: ['登峰街道', '市场街道', '得胜街道', '光荣街道', '水师营街道', '铁山街道'],
    villages: ['三涧堡村', '北海村', '双岛湾村', '龙王塘村', '郭家沟村', '长城村'],
    court: '大连市旅顺口区人民法院',
    weight: 7,
  },
  {
    name: '金州区',
    code: '210213',
    short: '金州',
    urban: true,
    streets: ['斯大林路', '友谊街', '光明街', '拥政街', '金马路', '站前街', '和平路', '五一路'],
    subdistricts: ['友谊街道', '光明街道', '拥政街道', '先进街道', '大魏家街道', '董家沟街道'],
    villages: ['七顶山村', '向应村', '石河村', '华家村', '杏树屯村', '登沙河村'],
    court: '大连市金州区人民法院',
    weight: 14,
  },
  {
    name: '普兰店区',
    code: '210214',
    short: '普兰店',
    urban: false,
    streets: ['丰荣街', '铁西街', '南山街', '太平街', '中心路'],
    subdistricts: ['丰荣街道', '铁西街道', '太平街道', '南山街道'],
    villages: ['星台村', '墨盘村', '安波村', '双塔村', '唐房村', '沙包村'],
    court: '大连市普兰店区人民法院',
    weight: 7,
  },
  {
    name: '瓦房店市',
    code: '210281',
    short: '瓦房店',
    urban: false,
    streets: ['共济街', '岗店街', '祝华街', '文兰街', '新华街', '长春路'],
    subdistricts: ['共济街道', '岗店街道', '祝华街道', '文兰街道', '太阳街道'],
    villages: ['复州城村', '李官村', '得利寺村', '老虎屯村', '万家岭村', '许屯村'],
    court: '瓦房店市人民法院',
    weight: 10,
  },
  {
    name: '庄河市',
    code: '210283',
    short: '庄河',
    urban: false,
    streets: ['新华路', '昌盛街', '城关街', '兴达街', '向阳路'],
    subdistricts: ['城关街道', '新华街道', '昌盛街道', '兴达街道', '明阳街道'],
    villages: ['青堆村', '黑岛村', '石城村', '光明山村', '大郑村', '栗子房村'],
    court: '庄河市人民法院',
    weight: 8,
  },
  {
    name: '长海县',
    code: '210224',
    short: '长海',
    urban: false,
    streets: ['大长山岛镇', '小长山岛镇', '广鹿乡', '獐子岛镇'],
    subdistricts: ['大长山岛镇', '小长山岛镇', '广鹿乡', '獐子岛镇'],
    villages: ['小盐场村', '三元村', '杨家村', '沙尖村', '塘洼村'],
    court: '长海县人民法院',
    weight: 2,
  },
]

export const DISTRICT_WEIGHTS = DISTRICTS.map((d) => [d, d.weight] as const)
/** Where villages are: for land, homestead and farming disputes. */
export const RURAL_DISTRICT_WEIGHTS = DISTRICTS.filter((d) => d.villages.length).map(
  (d) => [d, d.weight] as const,
)
/** Where flats in compounds are: for disputes between neighbours upstairs and downstairs. */
export const URBAN_DISTRICT_WEIGHTS = DISTRICTS.filter((d) => d.urban).map((d) => [d, d.weight] as const)

/** Where people now living in Dalian were first registered (the region part of their ID number). */
export const OTHER_BIRTH_REGIONS = [
  '210102', // 沈阳市和平区
  '210103', // 沈阳市沈河区
  '210302', // 鞍山市铁东区
  '210402', // 抚顺市新抚区
  '210603', // 丹东市振兴区
  '210711', // 锦州市太和区
  '211302', // 朝阳市双塔区
  '220102', // 长春市南关区
  '230102', // 哈尔滨市道里区
  '230602', // 大庆市萨尔图区
  '370202', // 青岛市市南区
  '370602', // 烟台市芝罘区
  '130102', // 石家庄市长安区
  '410102', // 郑州市中原区
] as const

/** Older Dalian registrations still on many cards. */
export const LEGACY_DALIAN_REGIONS = ['210219', '210221', '210222', '210282'] as const

export const COMPOUNDS = [
  '幸福家园',
  '锦绣小区',
  '阳光花园',
  '海韵园',
  '星海人家',
  '和平小区',
  '东方红小区',
  '春和里',
  '明珠园',
  '绿洲家园',
  '金色港湾',
  '香山小区',
  '滨海花园',
  '万家小区',
  '翠竹园',
  '丽景苑',
] as const
