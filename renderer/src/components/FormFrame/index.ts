export { FormFrame, type FormFrameAction, type FormFrameProps } from './FormFrame'
