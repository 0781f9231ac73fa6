export { AgreementCard } from './AgreementCard'
