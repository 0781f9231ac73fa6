/** 重点关注: the watch-list flag, its follow-up dates (each can be ticked off) and a note. */
import { ActionIcon, Button, Checkbox, Group, Input, Stack, Switch, Textarea } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../../components/FormFrame'
import type { CounsellingClient } from '../../../domain/counselling/client'
import { watchSchema } from '../../../domain/counselling/client'
import { useRepositories } from '../../shared/services'
import { today } from './form-support'
import { useCounsellingForm } from './counselling-form'
import { DateField } from '../../../components/DateField'

export function WatchForm({
  client,
  onDone,
  onCancel,
}: {
  client: CounsellingClient
  onDone: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const { counselling } = useRepositories()
  const { form, frame } = useCounsellingForm({
    testId: 'counselling-form-watch',
    signable: false,
    schema: watchSchema,
    initialValues: () => ({
      flagged: client.watch.flagged,
      followUps: client.watch.followUps.map((f) => ({ ...f })),
      note: client.watch.note,
    }),
    save: (data) => counselling.setWatch(client.id, data),
    onDone,
  })
  const { followUps } = form.getValues()
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <Switch
        label={t('counselling.watchForm.flagged')}
        {...form.getInputProps('flagged', { type: 'checkbox' })}
      />
      <Input.Wrapper label={t('counselling.watchForm.followUps')}>
        <Stack gap="xs" mt={4}>
          {followUps.map((_f, i) => (
            <Group key={i} gap="sm" align="center">
              <DateField
                aria-label={`${t('counselling.watchForm.followUps')} ${i + 1}`}
                {...form.getInputProps(`followUps.${i}.date`)}
              />
              <Checkbox
                label={t('counselling.watchForm.done')}
                {...form.getInputProps(`followUps.${i}.done`, { type: 'checkbox' })}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('common.remove')}
                onClick={() => form.removeListItem('followUps', i)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('followUps', { date: today(), done: false })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('counselling.watchForm.addFollowUp')}
          </Button>
        </Stack>
      </Input.Wrapper>
      <Textarea
        label={t('counselling.watchForm.note')}
        autosize
        minRows={2}
        {...form.getInputProps('note')}
      />
    </FormFrame>
  )
}
