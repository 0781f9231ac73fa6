/**
 * 导出卷宗: what the cover prints beyond the case, chosen when the volume is made — the 卷名
 * (proposed from the parties and the dispute), the 立卷人 (a colleague, by default whoever exports)
 * and an optional 备注.
 */
import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRepositories, useSession } from '../shared/services'
import { useQuery } from '../shared/use-query'

export interface ArchiveChoices {
  title: string
  compiler: string
  note: string
}

interface Props {
  opened: boolean
  /** The proposed 卷名. */
  title: string
  onClose: () => void
  onExport: (choices: ArchiveChoices) => void
}

export function ArchiveExportDialog({ opened, title, onClose, onExport }: Props) {
  const { t } = useTranslation()
  // The form is mounted while the dialog is open: every opening starts from the proposals.
  return (
    <Modal opened={opened} onClose={onClose} title={t('docs.archiveDialog.title')}>
      <ArchiveForm title={title} onClose={onClose} onExport={onExport} />
    </Modal>
  )
}

function ArchiveForm({ title, onClose, onExport }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const { users } = useRepositories()
  const { user } = useSession()
  const directory = useQuery(() => users.directory(), [])
  const [volumeTitle, setVolumeTitle] = useState(title)
  const [compilerId, setCompilerId] = useState(user.id)
  const [note, setNote] = useState('')

  const people = (directory.data ?? []).filter((u) => !u.disabled || u.id === compilerId)
  const options = people.some((u) => u.id === user.id)
    ? people
    : [{ id: user.id, displayName: user.displayName }, ...people]
  const compiler = options.find((u) => u.id === compilerId)?.displayName ?? user.displayName

  return (
    <Stack gap="sm">
      <TextInput
        label={t('docs.archiveDialog.volumeTitle')}
        value={volumeTitle}
        onChange={(e) => setVolumeTitle(e.currentTarget.value)}
        maxLength={200}
      />
      <Select
        label={t('docs.archiveDialog.compiler')}
        data={options.map((u) => ({ value: u.id, label: u.displayName }))}
        value={compilerId}
        onChange={(v) => setCompilerId(v ?? user.id)}
        allowDeselect={false}
        searchable
      />
      <Textarea
        label={t('docs.archiveDialog.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={500}
        autosize
        minRows={2}
      />
      <Group justify="end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => onExport({ title: volumeTitle.trim() || title, compiler, note: note.trim() })}>
          {t('docs.archiveDialog.export')}
        </Button>
      </Group>
    </Stack>
  )
}
