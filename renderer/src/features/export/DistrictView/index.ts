export { DistrictView } from './DistrictView'
