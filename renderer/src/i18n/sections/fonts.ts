/** Messages for the PDF body-font card in settings (`bodyFont`), spread into zh-CN and en. */

const zhCN = {
  bodyFont: {
    title: 'PDF 文书字体',
    hint: 'Word 文件正文写明仿宋、标题写明宋体，由打开它的电脑显示。PDF 必须自带字体：标题用内置的开源字体 Noto Serif SC（宋体风格）；正文用本机的仿宋（Windows 的 simfang.ttf，统信UOS、麒麟的仿宋），只嵌入用到的字，没有时也用 Noto Serif SC。',
    body: '正文：{{font}}',
    titles: '标题和小标题：Noto Serif SC（内置开源字体，宋体风格）',
    found: '{{family}}（本机字体 {{file}}，自动找到）',
    chosen: '{{family}}（管理员选定的 {{file}}）',
    none: 'Noto Serif SC（内置开源字体）：本机没有找到仿宋',
    browser: 'Noto Serif SC（内置开源字体）：浏览器版不能读取本机字体，PDF 全文使用内置字体',
    chosenProblem: '选定的字体文件 {{file}} 现在不能使用：{{problem}}',
    choose: '选择字体文件…',
    clear: '恢复自动查找',
    chosenDone: 'PDF 正文字体已设为 {{family}}',
    cleared: '已恢复自动查找本机仿宋',
    invalid: '{{file}} 不能作为正文字体：{{problem}}',
    notAllowed: '只有持有签名密钥的管理员可以更改字体。',
    problem: {
      'too-large': '文件超过 40 MB',
      collection: '这是字体集合（.ttc），请选择单个 .ttf 或 .otf 字体文件',
      'not-a-font': '不是有效的 TrueType 或 OpenType 字体文件',
      'no-chinese': '字体里没有汉字',
      'no-embedding': '字体的授权不允许嵌入文档',
      missing: '文件不存在或无法读取',
    },
  },
}

const en: typeof zhCN = {
  bodyFont: {
    title: 'PDF document fonts',
    hint: "A Word file names 仿宋 (FangSong) for body text and 宋体 (SimSun) for titles; the PC opening it shows them. A PDF must carry its fonts: titles use the embedded open font Noto Serif SC (a 宋体-style face); body text uses this PC's own 仿宋 (Windows' simfang.ttf, the 仿宋 of 统信UOS or 麒麟), embedding only the characters used, or Noto Serif SC when there is none.",
    body: 'Body text: {{font}}',
    titles: 'Titles and headings: Noto Serif SC (embedded open font, 宋体-style)',
    found: '{{family}} (this PC’s font {{file}}, found automatically)',
    chosen: '{{family}} ({{file}}, chosen by an administrator)',
    none: 'Noto Serif SC (embedded open font): no 仿宋 found on this PC',
    browser:
      'Noto Serif SC (embedded open font): the browser version cannot read this PC’s fonts, so PDFs use the embedded font throughout',
    chosenProblem: 'The chosen font file {{file}} cannot be used now: {{problem}}',
    choose: 'Choose font file…',
    clear: 'Back to the automatic search',
    chosenDone: 'PDF body font set to {{family}}',
    cleared: 'Back to finding this PC’s 仿宋 automatically',
    invalid: '{{file}} cannot be the body font: {{problem}}',
    notAllowed: 'Only an administrator holding the signing key can change the font.',
    problem: {
      'too-large': 'the file is larger than 40 MB',
      collection: 'it is a font collection (.ttc); choose a single .ttf or .otf font file',
      'not-a-font': 'it is not a valid TrueType or OpenType font file',
      'no-chinese': 'the font has no Chinese characters',
      'no-embedding': 'the font’s licence does not allow embedding it in documents',
      missing: 'the file is missing or cannot be read',
    },
  },
}

export const fontsMessages = { zhCN, en }
