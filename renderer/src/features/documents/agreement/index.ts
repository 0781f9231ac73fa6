export { AgreementCard } from './AgreementCard'
export { SealQueue } from './SealQueue'
