/**
 * 出具文书的机构 (administrators): the bodies that issue documents here. The committee is the
 * organisation itself (its name and 案号规则 above); 行政机关 with the sectors they mediate and
 * 特邀调解组织 are added here, each with its name, short name and number pattern (行调字, 特调字 …).
 * A room with no 行政机关 cannot register 行政调解.
 */
import { Button, Card, Group, MultiSelect, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ADMIN_SECTORS, type AdminSector } from '../../../domain/cases/catalogues'
import { formatCaseNumber } from '../../../domain/numbering/case-number'
import {
  DEFAULT_ISSUER_PATTERNS,
  type IssuingBody,
  type OtherBody,
} from '../../../domain/organisation/issuing-bodies'
import { ValidationError } from '../../../domain/shared/errors'
import { useRepositories } from '../../shared/services'

type BodyType = OtherBody['type']

const newId = (type: BodyType) =>
  `${type === 'administrative' ? 'admin' : 'invited'}-${crypto.randomUUID().slice(0, 8)}`

export function IssuingBodiesCard() {
  const { t } = useTranslation()
  const { settings } = useRepositories()
  const [committee, setCommittee] = useState<IssuingBody | null>(null)
  const [bodies, setBodies] = useState<OtherBody[]>([])
  const [errors, setErrors] = useState<Record<string, string>>({})

  useEffect(() => {
    void Promise.all([settings.getIssuingBodies(), settings.getOtherBodies()]).then(([all, others]) => {
      setCommittee(all.find((b) => b.type === 'committee') ?? null)
      setBodies(others)
    })
  }, [settings])

  const change = (i: number, patch: Partial<OtherBody>) =>
    setBodies((list) => list.map((b, j) => (j === i ? { ...b, ...patch } : b)))
  const add = (type: BodyType) =>
    setBodies((list) => [
      ...list,
      { id: newId(type), type, name: '', sectors: [], pattern: DEFAULT_ISSUER_PATTERNS[type], shortName: '' },
    ])

  const save = async () => {
    setErrors({})
    try {
      setBodies(await settings.setOtherBodies(bodies))
      notifications.show({ color: 'green', message: t('settings.saved') })
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err
      setErrors(Object.fromEntries(err.issues.map((i) => [i.path, t(i.message)])))
    }
  }

  const year = new Date().getFullYear()
  return (
    <Card withBorder data-testid="issuing-bodies">
      <Title order={4}>{t('settings.issuers.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.issuers.hint')}
      </Text>
      <Stack gap="md">
        {committee && (
          <Text size="sm" data-testid="issuer-committee">
            {t('settings.issuers.committee', {
              name: committee.name,
              example: formatCaseNumber(committee.pattern, { year, seq: 1, org: committee.shortName }),
            })}
          </Text>
        )}
        {bodies.map((b, i) => (
          <Card withBorder key={b.id} data-testid={`issuer-${i}`}>
            <Group align="start" grow>
              <Select
                label={t('settings.issuers.type')}
                data={(['administrative', 'invited'] as const).map((v) => ({
                  value: v,
                  label: t(`settings.issuers.types.${v}`),
                }))}
                value={b.type}
                allowDeselect={false}
                onChange={(v) => v && change(i, { type: v as BodyType })}
              />
              <TextInput
                label={t('settings.issuers.name')}
                value={b.name}
                error={errors[`${i}.name`]}
                onChange={(e) => change(i, { name: e.currentTarget.value })}
              />
              <TextInput
                label={t('settings.orgShortName')}
                value={b.shortName}
                error={errors[`${i}.shortName`]}
                onChange={(e) => change(i, { shortName: e.currentTarget.value })}
              />
            </Group>
            <Group align="start" grow mt="xs">
              {b.type === 'administrative' && (
                <MultiSelect
                  searchable
                  label={t('settings.issuers.sectors')}
                  data={ADMIN_SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) }))}
                  value={b.sectors}
                  error={errors[`${i}.sectors`]}
                  onChange={(v) => change(i, { sectors: v as AdminSector[] })}
                />
              )}
              <TextInput
                label={t('settings.pattern')}
                value={b.pattern}
                error={errors[`${i}.pattern`]}
                description={t('settings.preview', {
                  example: formatCaseNumber(b.pattern, { year, seq: 1, org: b.shortName }),
                })}
                onChange={(e) => change(i, { pattern: e.currentTarget.value })}
              />
            </Group>
            <Group justify="end" mt="xs">
              <Button
                variant="subtle"
                color="red"
                onClick={() => setBodies((list) => list.filter((_, j) => j !== i))}
              >
                {t('settings.issuers.remove')}
              </Button>
            </Group>
          </Card>
        ))}
        <Group>
          <Button variant="light" onClick={() => add('administrative')}>
            {t('settings.issuers.addAdministrative')}
          </Button>
          <Button variant="light" onClick={() => add('invited')}>
            {t('settings.issuers.addInvited')}
          </Button>
          <Button onClick={() => void save()}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Card>
  )
}
