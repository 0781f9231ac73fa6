/**
 * The zxcvbn engine with its dictionaries, installed into './password-strength' when this module
 * loads: imported with import() by `loadPasswordStrength()`, and statically by the (lazily loaded)
 * screens whose forms check a password synchronously.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'
import { CHINESE_COMMON_PASSWORDS, CHINESE_NAME_PINYIN, CHINESE_PINYIN_WORDS } from './chinese-passwords'
import { installPasswordEngine } from './password-strength'

installPasswordEngine(
  new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: {
      ...common.dictionary,
      ...en.dictionary,
      chinesePasswords: CHINESE_COMMON_PASSWORDS,
      chineseNames: CHINESE_NAME_PINYIN,
      chineseWords: CHINESE_PINYIN_WORDS,
    },
    useLevenshteinDistance: true,
  }),
)
