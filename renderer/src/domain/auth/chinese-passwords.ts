/**
 * Words Chinese users build passwords from, which the English lists of zxcvbn do not know: the
 * passwords most often found in published leaks of Chinese sites (CSDN, 天涯, 12306 — lucky numbers,
 * 我爱你 in digits, keyboard walks), the pinyin of the commonest surnames and given-name syllables,
 * and everyday pinyin words. zxcvbn also finds them reversed, capitalised and in l33t spelling.
 * No maintained Chinese dictionary exists for zxcvbn-ts; this list is ours, and small on purpose.
 */
export const CHINESE_COMMON_PASSWORDS = [
  '123456789', '12345678', '11111111', 'dearbook', '00000000', '123123123', '1234567890', '88888888',
  '111111111', '147258369', '987654321', 'aaaaaaaa', '1111111111', '66666666', 'a123456789', '11223344',
  '1qaz2wsx', 'xiazhili', '789456123', 'password', '87654321', 'qqqqqqqq', '000000000', 'qwertyuiop',
  'qq123456', 'iloveyou', '31415926', '12344321', '0000000000', 'asdfghjkl', '1q2w3e4r', '123456abc',
  '0123456789', '123654789', '12121212', 'qazwsxedc', 'abcd1234', '12341234', '110110110', 'asdasdasd',
  '22222222', '123321123', 'abc123456', 'a12345678', '123456123', 'a1234567', '1234qwer', 'qwertyui',
  '123456789a', 'aa123456', 'asdfasdf', '99999999', '999999999', '123456aa', '123456789abc', '5201314',
  '520520520', '5201314520', '1314520', '13145200', 'woaini1314', 'woaini520', 'woaini', 'woaiwojia',
  'iloveyou1314', '168168168', '16881688', '666666', '888888', '518518', '7758521', '7758258', 'qwe123',
  'zxcvbnm', 'zxcvbnm123', 'qweasdzxc', '1qazxsw2', 'q1w2e3r4', 'abc12345', 'admin123', 'admin888',
  'root1234', 'test1234', 'wang1234', 'zhang123', 'li123456', 'liu12345', 'chen1234', 'beijing',
  'shanghai', 'dalian', 'dalian123', 'dalian0411', '0411', 'liaoning', 'zhongguo', 'china123',
]

/** Pinyin of the commonest surnames (百家姓 by frequency) and given-name syllables. */
export const CHINESE_NAME_PINYIN = [
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu',
  'hu', 'guo', 'he', 'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng',
  'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'yuan', 'pan', 'jiang', 'cai', 'yu', 'du', 'ye', 'cheng',
  'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'jin', 'fu', 'zhong', 'cui', 'tan', 'fan', 'fang',
  'shi', 'qian', 'dai', 'xia', 'jia', 'kong', 'bai', 'qiu', 'qin', 'hou', 'meng', 'xiong', 'hao', 'gu',
  'wei', 'min', 'jun', 'jie', 'tao', 'ming', 'hong', 'hua', 'ping', 'gang', 'qiang', 'lei', 'yong',
  'xin', 'hui', 'fang', 'ying', 'jing', 'li', 'na', 'juan', 'yan', 'xia', 'yun', 'lan', 'mei', 'ling',
  'hao', 'yu', 'xuan', 'zi', 'han', 'chen', 'xiang', 'long', 'feng', 'bo', 'peng', 'chao', 'liang',
]

/** Everyday pinyin words and phrases. */
export const CHINESE_PINYIN_WORDS = [
  'woaini', 'aini', 'nihao', 'wode', 'mima', 'mimashi', 'baobao', 'baobei', 'laopo', 'laogong', 'mama',
  'baba', 'jiayou', 'kuaile', 'xingfu', 'pingan', 'fugui', 'facai', 'shengri', 'qingren', 'aiqing',
  'tiantian', 'xiaoxiao', 'haha', 'hehe', 'shijie', 'taiyang', 'yueliang', 'tiankong', 'haiyang',
  'tiaojie', 'tiaojieshi', 'renmin', 'sifa', 'sifasuo', 'jiedao', 'shequ', 'zhengfu', 'gongan',
  'fayuan', 'xinli', 'zixun', 'guanli', 'guanliyuan', 'yonghu', 'denglu', 'zhanghao',
]
