/**
 * What demo disputes are about: per dispute type several templates, each with its facts, requests,
 * what each side says in a session, what the investigation found, and the terms they agree on.
 * Details (names, places, amounts, dates, counts) vary per case.
 */
import type { DisputeType } from '../../domain/cases/catalogues'
import { CONTRACTS_DAMAGES_TEMPLATES } from './contracts-damages'
import { FAMILY_NEIGHBOURS_TEMPLATES } from './family-neighbours'
import { LABOUR_CONSUMER_MEDICAL_TEMPLATES } from './labour-consumer-medical'
import { LAND_ENVIRONMENT_TEMPLATES } from './land-environment'
import type { Template } from './template'
import { TRAFFIC_PROPERTY_OTHER_TEMPLATES } from './traffic-property-other'

export { LAW } from './law'
export { yuan, type Ctx, type Relation, type Template, type TermSeed } from './template'

export const TEMPLATES: Record<DisputeType, readonly Template[]> = {
  ...FAMILY_NEIGHBOURS_TEMPLATES,
  ...CONTRACTS_DAMAGES_TEMPLATES,
  ...LAND_ENVIRONMENT_TEMPLATES,
  ...LABOUR_CONSUMER_MEDICAL_TEMPLATES,
  ...TRAFFIC_PROPERTY_OTHER_TEMPLATES,
}
