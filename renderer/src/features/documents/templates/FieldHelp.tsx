/** The placeholders an administrator may use, with what each means, to copy into the wording. */
import { Accordion, Code, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { isScalarField, itemFields, LIST_SOURCE_NAMES, SCALAR_FIELDS } from '../../../domain/documents/fields'

function FieldTable({ names }: { names: string[] }) {
  const { t } = useTranslation()
  return (
    <Table fz="xs" withRowBorders={false}>
      <Table.Tbody>
        {names.map((name) => (
          <Table.Tr key={name}>
            <Table.Td>
              <Code>{`{{${name}}}`}</Code>
            </Table.Td>
            <Table.Td>
              {t(isScalarField(name) ? `templates.fields.${name}` : `templates.items.${name}`)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

export function FieldHelp() {
  const { t } = useTranslation()
  const items = [...new Set(LIST_SOURCE_NAMES.flatMap((s) => itemFields(s)))]
  return (
    <Accordion variant="contained">
      <Accordion.Item value="fields">
        <Accordion.Control>{t('templates.fieldHelp')}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="xs">
            <Text size="xs" c="dimmed">
              {t('templates.fieldHelpHint', { example: '{{case.number}}' })}
            </Text>
            <FieldTable names={[...SCALAR_FIELDS]} />
            <Text size="xs" c="dimmed">
              {t('templates.itemHelp')}
            </Text>
            <FieldTable names={items} />
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  )
}
