export { CounsellingArea } from './CounsellingArea'
export { ReferralCard } from './ReferralCard'
export { CounsellingAdminCard } from './admin/CounsellingAdminCard'
export { RetentionCard } from './admin/RetentionCard'
