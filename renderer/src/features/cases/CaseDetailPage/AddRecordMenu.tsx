/** "添加记录": the record kinds this case offers now, grouped; each opens its form. */
import { Button, Menu } from '@mantine/core'
import { IconChevronDown, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Case } from '../../../domain/cases/case'
import { RECORD_FORMS, RECORD_FORM_GROUPS, offeredRecordKinds, type RecordFormKind } from '../../records'

export function AddRecordMenu({
  caseData,
  onOpen,
}: {
  caseData: Case
  onOpen: (kind: RecordFormKind) => void
}) {
  const { t } = useTranslation()
  const offered = offeredRecordKinds(caseData)

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          rightSection={<IconChevronDown size={14} />}
        >
          {t('workflow.addRecord')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {RECORD_FORM_GROUPS.map((group) => {
          const kinds = offered.filter((k) => RECORD_FORMS[k].group === group)
          if (!kinds.length) return null
          return [
            <Menu.Label key={group}>{t(`records.groups.${group}`)}</Menu.Label>,
            ...kinds.map((k) => {
              const Icon = RECORD_FORMS[k].icon
              return (
                <Menu.Item key={k} leftSection={<Icon size={16} />} onClick={() => onOpen(k)}>
                  {t(`records.kinds.${k}`)}
                </Menu.Item>
              )
            }),
          ]
        })}
      </Menu.Dropdown>
    </Menu>
  )
}
