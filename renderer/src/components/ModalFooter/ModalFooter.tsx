/** The end of a form in a dialog: 取消 on the left of the one submit button. */
import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export interface ModalFooterProps {
  onCancel: () => void
  submitLabel: string
  loading?: boolean
  disabled?: boolean
  /** `data-testid` of the submit button. */
  submitTestId?: string
  /** The submit button's colour (red for a destructive step). */
  color?: string
}

export function ModalFooter({
  onCancel,
  submitLabel,
  loading,
  disabled,
  submitTestId,
  color,
}: ModalFooterProps) {
  const { t } = useTranslation()
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={loading} disabled={disabled} data-testid={submitTestId} color={color}>
        {submitLabel}
      </Button>
    </Group>
  )
}
