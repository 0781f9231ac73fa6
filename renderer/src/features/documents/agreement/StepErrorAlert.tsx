/** A refused step: its reason, and for a refusal to take effect the exact list of what is missing. */
import { Alert, List } from '@mantine/core'
import type { StepError } from './agreement-errors'

export function StepErrorAlert({ error }: { error: StepError }) {
  return (
    <Alert color="red" role="alert" data-testid="agreement-error" title={error.message}>
      {error.missing.length > 0 && (
        <List size="sm" data-testid="agreement-missing">
          {error.missing.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  )
}
