export { ErrorAlert, type ErrorAlertProps } from './ErrorAlert'
export { QueryErrorAlert } from './QueryErrorAlert'
