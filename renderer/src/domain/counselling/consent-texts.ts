/**
 * The informed-consent texts, versioned as data. A signed consent stores the version id and the
 * SHA-256 of the exact text shown, so what a person agreed to can always be shown again. A changed
 * text is a new version; old versions stay here for the consents that were signed under them.
 */

export const CONSENT_LANGUAGES = ['zh-CN', 'en'] as const
export type ConsentLanguage = (typeof CONSENT_LANGUAGES)[number]

export interface ConsentText {
  version: string
  /** YYYY-MM-DD from which this version is offered. */
  effective: string
  text: Record<ConsentLanguage, string>
}

const V1_ZH = `心理咨询知情同意书（第 1 版）

一、服务性质。本心理咨询室提供的是心理咨询与心理支持服务，不是医学诊断或治疗（《精神卫生法》第二十三条）。如需诊断或治疗，咨询师会建议您前往医疗机构。

二、保密。您在咨询中谈到的内容，咨询师予以保密。咨询记录加密保存在本机，只有您的咨询师本人能够打开；调解员、管理员等其他人员均无法查看，记录不会出现在任何统计、导出或备份的可读内容中。

三、保密的例外。出现以下情形时，咨询师可能在必要范围内向有关人员或机构透露信息，并会记录透露的理由、内容、对象和时间：
1. 您有伤害自己的严重危险；
2. 您有伤害他人的严重危险；
3. 涉及未成年人受到虐待或侵害；
4. 法律法规要求披露。

四、录音录像。咨询过程录音或录像须另行单独同意；不同意录音不影响您接受咨询。

五、记录的保存。咨询结束后，记录保存一定年限（默认结案后 10 年），期满后彻底删除。

六、您的权利。您可以随时提出问题，也可以随时终止咨询。

我已阅读并理解以上内容，同意接受心理咨询。`

const V1_EN = `Informed consent to counselling (version 1)

1. What this is. This counselling room offers counselling and psychological support. It is not medical diagnosis or treatment (Mental Health Law, Art. 23). If you need diagnosis or treatment, your counsellor will suggest a medical institution.

2. Confidentiality. What you say in counselling is kept confidential. The notes are stored encrypted on this PC and only your counsellor can open them; mediators, administrators and all other staff cannot read them, and they never appear in readable form in any statistics, export or backup.

3. Exceptions to confidentiality. In the following cases the counsellor may disclose what is necessary to the persons or bodies concerned, and will record why, what, to whom and when:
1) a serious risk that you harm yourself;
2) a serious risk that you harm others;
3) abuse or harm of a minor;
4) disclosure required by law.

4. Recording. Audio or video recording needs a separate consent; refusing it does not affect your counselling.

5. Keeping the notes. After counselling ends the notes are kept for a set period (by default 10 years after closing) and then deleted for good.

6. Your rights. You may ask questions at any time and end counselling at any time.

I have read and understood the above and agree to counselling.`

export const CONSENT_TEXTS: readonly ConsentText[] = [
  { version: 'v1', effective: '2026-01-01', text: { 'zh-CN': V1_ZH, en: V1_EN } },
]

export const CURRENT_CONSENT_VERSION = 'v1'

export function consentText(version: string, language: ConsentLanguage): string | undefined {
  return CONSENT_TEXTS.find((c) => c.version === version)?.text[language]
}
