export { ModalFooter, type ModalFooterProps } from './ModalFooter'
