export { TemplatesPanel } from './TemplatesPanel'
