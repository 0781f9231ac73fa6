/** "添加记录": what may be recorded now (a closed file takes exceptions only). */
import { Button, Menu } from '@mantine/core'
import { IconChevronDown, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CreatableKind } from '../../../domain/counselling/catalogues'

export const MENU_KINDS: CreatableKind[] = [
  'consent',
  'intake',
  'session',
  'risk',
  'referral',
  'closing',
  'exception',
]

export function AddRecordMenu({
  closed,
  onPick,
}: {
  closed: boolean
  onPick: (kind: CreatableKind) => void
}) {
  const { t } = useTranslation()
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button leftSection={<IconPlus size={16} />} rightSection={<IconChevronDown size={14} />}>
          {t('counselling.addRecord')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {MENU_KINDS.map((k) => (
          <Menu.Item key={k} disabled={closed && k !== 'exception'} onClick={() => onPick(k)}>
            {t(`counselling.kinds.${k}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
