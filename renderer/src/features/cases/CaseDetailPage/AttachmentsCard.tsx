/**
 * The case's files (案件材料: 证据, 身份证明, 授权委托书, 履行凭证, …): PDFs and images, stored
 * encrypted, each with its kind, which decides its place in the archive volume. Files above the
 * limit are refused before they are read; the type is judged by the file's bytes.
 */
import { Button, Card, Group, Select, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload, IconPaperclip } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  ATTACHMENT_CATEGORIES,
  ATTACHMENT_EXTENSIONS,
  DEFAULT_ATTACHMENT_CATEGORY,
  MAX_ATTACHMENT_BYTES,
  type AttachmentCategory,
} from '../../../domain/cases/attachment'
import { formatDateTime } from '../../shared/format'
import { useCan, useRepositories, useServices } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { errorMessage } from '../../shared/error-message'

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`

export function AttachmentsCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation()
  const { cases } = useRepositories()
  const { platform } = useServices()
  const mayUpdate = useCan('case:update')
  const list = useQuery(() => cases.attachments(caseId), [caseId])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [category, setCategory] = useState<AttachmentCategory>(DEFAULT_ATTACHMENT_CATEGORY)

  const add = async () => {
    setError(null)
    const picked = await platform.openFile({
      filters: [{ name: t('attachments.filter'), extensions: [...ATTACHMENT_EXTENSIONS] }],
      maxBytes: MAX_ATTACHMENT_BYTES,
    })
    if (picked.status === 'cancelled') return
    if (picked.status === 'too-large') {
      setError(
        t('platform.tooLarge', {
          name: picked.name,
          size: megabytes(picked.size),
          limit: megabytes(picked.limit),
        }),
      )
      return
    }
    setBusy(true)
    try {
      await cases.addAttachment(caseId, { name: picked.name, data: picked.data, category })
      notifications.show({ color: 'green', message: t('attachments.added', { name: picked.name }) })
    } catch (err) {
      setError(errorMessage(err, t))
    } finally {
      setBusy(false)
    }
  }

  const download = async (id: string) => {
    const file = await cases.openAttachment(id)
    await platform.saveFile({ suggestedName: file.name, data: new Uint8Array(file.data) })
  }

  const items = list.data ?? []
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('attachments.title')}</Title>
        {mayUpdate && (
          <Group gap="xs">
            <Select
              aria-label={t('attachments.category')}
              title={t('attachments.categoryHint')}
              size="sm"
              w={200}
              data={ATTACHMENT_CATEGORIES.map((c) => ({ value: c, label: t(`attachments.categories.${c}`) }))}
              value={category}
              onChange={(v) => v && setCategory(v as AttachmentCategory)}
              allowDeselect={false}
            />
            <Button
              variant="light"
              leftSection={<IconPaperclip size={16} />}
              onClick={() => void add()}
              loading={busy}
            >
              {t('attachments.add')}
            </Button>
          </Group>
        )}
      </Group>
      <ErrorAlert message={error} testId="attachment-error" mb="xs" />
      {items.length === 0 ? (
        <Text c="dimmed">{t('attachments.none')}</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.name}</Table.Td>
                <Table.Td>{t(`attachments.categories.${a.category}`)}</Table.Td>
                <Table.Td>{megabytes(a.size)}</Table.Td>
                <Table.Td>{formatDateTime(a.createdAt)}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconDownload size={14} />}
                    onClick={() => void download(a.id)}
                  >
                    {t('attachments.download')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {t('attachments.hint', { limit: megabytes(MAX_ATTACHMENT_BYTES) })}
      </Text>
    </Card>
  )
}
