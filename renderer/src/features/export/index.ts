/** Export to the district (rooms) and the district's side (imports, statistics across rooms). */
export { ExportPage } from './ExportPage'
export { WorkspaceRoleCard } from './WorkspaceRoleCard'
