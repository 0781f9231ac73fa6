/**
 * Why an agreement, a seal image or a certificate was refused: i18n keys (see the `agreements` and
 * `signing` message sections), never prose, so the domain stays language-free.
 */
export const SIGNING_MSG = {
  noAgreementRecord: 'agreements.errors.noAgreementRecord',
  oralAgreement: 'agreements.errors.oralAgreement',
  openVersionExists: 'agreements.errors.openVersionExists',
  useCorrection: 'agreements.errors.useCorrection',
  locked: 'agreements.errors.locked',
  slotUnknown: 'agreements.errors.slotUnknown',
  slotTaken: 'agreements.errors.slotTaken',
  signerNotAllowed: 'agreements.errors.signerNotAllowed',
  methodNotAllowed: 'agreements.errors.methodNotAllowed',
  signatureImage: 'agreements.errors.signatureImage',
  signatureMissingImage: 'agreements.errors.signatureMissingImage',
  alreadySealed: 'agreements.errors.alreadySealed',
  notSupersedable: 'agreements.errors.notSupersedable',
  notFound: 'agreements.errors.notFound',
  noSealImage: 'agreements.errors.noSealImage',
  noIdentity: 'agreements.errors.noIdentity',
  changedMeanwhile: 'agreements.errors.changedMeanwhile',
  sealNotPng: 'signing.errors.sealNotPng',
  sealNoAlpha: 'signing.errors.sealNoAlpha',
  sealTooLarge: 'signing.errors.sealTooLarge',
  sealDimensions: 'signing.errors.sealDimensions',
  p12Invalid: 'signing.errors.p12Invalid',
  p12WrongPassphrase: 'signing.errors.p12WrongPassphrase',
  p12NoKey: 'signing.errors.p12NoKey',
  p12NoCertificate: 'signing.errors.p12NoCertificate',
  p12KeyMismatch: 'signing.errors.p12KeyMismatch',
  p12UnsupportedKey: 'signing.errors.p12UnsupportedKey',
  p12Expired: 'signing.errors.p12Expired',
} as const
