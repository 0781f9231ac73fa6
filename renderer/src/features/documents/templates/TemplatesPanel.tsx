/**
 * 文书模板 for administrators: every document's template with its version and whether it is the
 * built-in one or an edited copy; edit the wording, or go back to the built-in template.
 */
import { Alert, Badge, Button, Card, Group, Loader, Modal, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TemplateInfo } from '../../../data'
import { builtInTemplate } from '../../../output/documents'
import type { DocumentKind, DocumentTemplate } from '../../../domain/documents/template'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useCan, useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { TemplateEditor } from './TemplateEditor'

type Editing = { kind: DocumentKind; current: DocumentTemplate; builtIn: DocumentTemplate }

export function TemplatesPanel() {
  const { t } = useTranslation()
  const { templates } = useRepositories()
  const manage = useCan('settings:manage')
  const [editing, setEditing] = useState<Editing | null>(null)
  const [reverting, setReverting] = useState<TemplateInfo | null>(null)
  const [version, setVersion] = useState(0)
  const list = useQuery(async () => {
    const [infos, all] = await Promise.all([templates.list(), templates.all()])
    return infos.map((info) => ({ info, template: all[info.kind] }))
  }, [version])

  if (!manage) return <Alert color="yellow">{t('errors.forbidden')}</Alert>
  if (editing) {
    return (
      <TemplateEditor
        key={editing.kind}
        {...editing}
        onDone={() => {
          setEditing(null)
          setVersion((v) => v + 1)
        }}
      />
    )
  }
  if (list.status === 'loading') return <Loader size="sm" aria-label={t('common.loading')} />
  if (list.status === 'error') return <QueryErrorAlert error={list.error} />

  const revert = async (info: TemplateInfo) => {
    await templates.revert(info.kind)
    setReverting(null)
    setVersion((v) => v + 1)
    notifications.show({
      color: 'green',
      message: t('templates.reverted', { title: t(`templates.kinds.${info.kind}`) }),
    })
  }

  return (
    <Card withBorder data-testid="templates-panel">
      <Title order={4}>{t('templates.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('templates.intro')}
      </Text>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('templates.columns.title')}</Table.Th>
            <Table.Th>{t('templates.columns.appliesTo')}</Table.Th>
            <Table.Th>{t('templates.columns.version')}</Table.Th>
            <Table.Th>{t('templates.columns.status')}</Table.Th>
            <Table.Th>{t('templates.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data.map(({ info, template }) => {
            const name = t(`templates.kinds.${info.kind}`)
            return (
              <Table.Tr key={info.kind} data-testid={`template-${info.kind}`}>
                <Table.Td>
                  <Text size="sm">{name}</Text>
                  <Text size="xs" c="dimmed">
                    {template.title}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{template.appliesTo.map((k) => t(`kind.${k}`)).join('、')}</Text>
                </Table.Td>
                <Table.Td>v{info.version}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge variant="light" color={info.custom ? 'blue' : 'gray'}>
                      {info.custom ? t('templates.custom') : t('templates.builtIn')}
                    </Badge>
                    {info.outdated && (
                      <Badge variant="light" color="orange">
                        {t('templates.outdated')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={`${t('templates.edit')}：${name}`}
                      onClick={() =>
                        setEditing({
                          kind: info.kind,
                          current: template,
                          builtIn: builtInTemplate(info.kind),
                        })
                      }
                    >
                      {t('templates.edit')}
                    </Button>
                    {info.custom && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        aria-label={`${t('templates.revert')}：${name}`}
                        onClick={() => setReverting(info)}
                      >
                        {t('templates.revert')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      <Modal
        opened={reverting !== null}
        onClose={() => setReverting(null)}
        title={t('templates.revert')}
        centered
      >
        <Text size="sm">
          {t('templates.revertConfirm', { title: reverting ? t(`templates.kinds.${reverting.kind}`) : '' })}
        </Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setReverting(null)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => reverting && void revert(reverting)}>
            {t('templates.revert')}
          </Button>
        </Group>
      </Modal>
    </Card>
  )
}
