/** The rooms whose bundles are accepted: register one by its name and the certificate it exported. */
import {
  Button,
  Card,
  Code,
  FileButton,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileCertificate } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatFingerprint } from '../../../domain/export/certificate'
import { ValidationError } from '../../../domain/shared/errors'
import { formatDate } from '../../shared/format'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { refusalMessage } from '../refusal'

const MAX_PEM_BYTES = 16 * 1024

export function RoomsCard() {
  const { t } = useTranslation()
  const { district } = useRepositories()
  const rooms = useQuery(() => district.rooms(), [])
  const [name, setName] = useState('')
  const [pem, setPem] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})

  const loadFile = async (file: File | null) => {
    if (!file) return
    if (file.size > MAX_PEM_BYTES) {
      setErrors({ certificatePem: t('exportValidation.certificate') })
      return
    }
    setPem(await file.text())
  }

  const register = async () => {
    setErrors({})
    try {
      const room = await district.registerRoom({ name, certificatePem: pem })
      notifications.show({ color: 'green', message: t('district.rooms.registered', { name: room.name }) })
      setName('')
      setPem('')
    } catch (error) {
      if (error instanceof ValidationError) {
        setErrors(Object.fromEntries(error.issues.map((i) => [i.path, t(i.message)])))
      } else setErrors({ certificatePem: refusalMessage(error, t) })
    }
  }

  const remove = async (id: string, roomName: string) => {
    try {
      await district.removeRoom(id)
      notifications.show({ message: t('district.rooms.removed', { name: roomName }) })
    } catch (error) {
      notifications.show({ color: 'red', message: refusalMessage(error, t) })
    }
  }

  const list = rooms.data ?? []
  return (
    <Card withBorder data-testid="district-rooms">
      <Stack gap="sm">
        <Title order={4}>{t('district.rooms.title')}</Title>
        {list.length === 0 ? (
          <Text c="dimmed">{t('district.rooms.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={700}>
            <Table fz="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('district.rooms.name')}</Table.Th>
                  <Table.Th>{t('district.rooms.subject')}</Table.Th>
                  <Table.Th>{t('district.rooms.fingerprint')}</Table.Th>
                  <Table.Th>{t('district.rooms.registeredAt')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{r.subject}</Table.Td>
                    <Table.Td>
                      <Code style={{ wordBreak: 'break-all' }}>{formatFingerprint(r.fingerprint)}</Code>
                    </Table.Td>
                    <Table.Td>{formatDate(r.createdAt)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => void remove(r.id, r.name)}
                      >
                        {t('district.rooms.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <TextInput
          label={t('district.rooms.name')}
          value={name}
          error={errors.name}
          onChange={(e) => setName(e.currentTarget.value)}
          maw={420}
        />
        <Textarea
          label={t('district.rooms.certificate')}
          description={t('district.rooms.certificateHint')}
          value={pem}
          error={errors.certificatePem}
          autosize
          minRows={3}
          maxRows={8}
          styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
          onChange={(e) => setPem(e.currentTarget.value)}
        />
        <Group>
          <FileButton onChange={(f) => void loadFile(f)} accept=".pem,.cer,.crt">
            {(props) => (
              <Button variant="default" leftSection={<IconFileCertificate size={16} />} {...props}>
                {t('district.rooms.pickFile')}
              </Button>
            )}
          </FileButton>
          <Button onClick={() => void register()} disabled={!name.trim() || !pem.trim()}>
            {t('district.rooms.register')}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}
