/**
 * One record of a client's file: kind, time, draft or signed (and whether the content still
 * matches its signature), its content, its addenda underneath, and what may be done with it now.
 */
import { Badge, Button, Card, Divider, Group, Stack, Text } from '@mantine/core'
import { IconLock, IconPencil, IconPrinter, IconSignature, IconTextPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { isNoteKind } from '../../../domain/counselling/catalogues'
import type { CounsellingRecord } from '../../../domain/counselling/records'
import { formatDateTime } from '../../shared/format'
import { RecordView } from './RecordView'

export interface RecordCardProps {
  record: CounsellingRecord
  addenda: CounsellingRecord[]
  onEdit: () => void
  onSign: () => void
  onAddendum: () => void
}

export function RecordCard({ record, addenda, onEdit, onSign, onAddendum }: RecordCardProps) {
  const { t } = useTranslation()
  const draft = !record.signedAt
  return (
    <Card withBorder data-testid={`counselling-record-${record.kind}`}>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Group gap="xs">
          <Text fw={600}>{t(`counselling.kinds.${record.kind}`)}</Text>
          <Text size="sm" c="dimmed">
            {formatDateTime(record.createdAt)}
          </Text>
          {draft ? (
            <Badge color="gray" variant="outline">
              {t('counselling.draft')}
            </Badge>
          ) : (
            <Badge
              color="teal"
              variant="light"
              leftSection={<IconLock size={12} />}
              data-testid="record-signed"
            >
              {t('counselling.signed', { time: formatDateTime(record.signedAt) })}
            </Badge>
          )}
          {!draft && !record.intact && (
            <Badge color="red" data-testid="record-not-intact">
              {t('counselling.notIntact')}
            </Badge>
          )}
        </Group>
        <Group gap={4}>
          {draft && isNoteKind(record.kind) && (
            <>
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconPencil size={14} />}
                onClick={onEdit}
              >
                {t('counselling.edit')}
              </Button>
              <Button size="compact-sm" leftSection={<IconSignature size={14} />} onClick={onSign}>
                {t('counselling.sign')}
              </Button>
            </>
          )}
          {!draft && (
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconTextPlus size={14} />}
              onClick={onAddendum}
            >
              {t('counselling.addendum')}
            </Button>
          )}
          {record.kind === 'exception' && (
            <Button
              size="compact-sm"
              variant="subtle"
              component={Link}
              to={`print/${record.id}`}
              leftSection={<IconPrinter size={14} />}
            >
              {t('counselling.print')}
            </Button>
          )}
        </Group>
      </Group>
      <RecordView record={record} />
      {addenda.length > 0 && (
        <Stack gap="xs" mt="sm">
          {addenda.map((a) => (
            <div key={a.id} data-testid="counselling-addendum">
              <Divider
                label={t('counselling.addendumOf', { time: formatDateTime(a.createdAt) })}
                labelPosition="left"
                mb={4}
              />
              <RecordView record={a} />
            </div>
          ))}
        </Stack>
      )}
    </Card>
  )
}
