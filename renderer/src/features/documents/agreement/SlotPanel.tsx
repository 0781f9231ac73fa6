/**
 * One place to sign: who it is for, and either the signature given (with the drawn image, who gave
 * it, how and when — clearable while a draft) or the means to give it: who signs (the party, their
 * agent or guardian…), how (签名 on the pad; 盖章 or 按指印 on the paper copy, attested here).
 */
import { Badge, Button, Card, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  Agreement,
  SignatureMethod,
  SignatureSlot,
  SignerRole,
} from '../../../domain/documents/agreement'
import { formatDateTime } from '../../shared/format'
import { useCan, useRepositories } from '../../shared/services'
import { SignatureImage } from './SignatureImage'
import { SignaturePad } from './SignaturePad'

interface Props {
  agreement: Agreement
  slot: SignatureSlot
  onError: (error: unknown) => void
  onDone: () => void
}

export function SlotPanel({ agreement, slot, onError, onDone }: Props) {
  const { t } = useTranslation()
  const { agreements } = useRepositories()
  const mayUpdate = useCan('case:update')
  const [role, setRole] = useState<SignerRole>(slot.signers[0]?.role ?? 'recorder')
  const [method, setMethod] = useState<SignatureMethod>(slot.methods[0] ?? 'signature')
  const [recorderName, setRecorderName] = useState('')
  const [busy, setBusy] = useState(false)
  const given = agreement.signatures.find((s) => s.slotId === slot.id)
  const open = agreement.status === 'draft' || agreement.status === 'signed'
  const title = slot.name
    ? `${t(`agreements.slotKind.${slot.kind}`)}：${slot.name}`
    : t(`agreements.slotKind.${slot.kind}`)
  const signerName = slot.signers.find((s) => s.role === role)?.name ?? recorderName

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true)
    try {
      await work()
      onDone()
    } catch (error) {
      onError(error)
    } finally {
      setBusy(false)
    }
  }

  const sign = (image: Uint8Array | null) =>
    run(() =>
      agreements.addSignature(agreement.id, {
        slotId: slot.id,
        signerRole: role,
        signerName: recorderName,
        method,
        image,
      }),
    )

  return (
    <Card withBorder padding="sm" data-testid={`slot-${slot.id}`}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{title}</Text>
        <Badge variant="light" color={given ? 'green' : slot.required ? 'orange' : 'gray'}>
          {given
            ? t(`agreements.method.${given.method}`)
            : slot.required
              ? t('agreements.required')
              : t('agreements.optional')}
        </Badge>
      </Group>
      {given ? (
        <Group justify="space-between" align="center">
          <Stack gap={4}>
            {given.method === 'signature' && (
              <SignatureImage agreementId={agreement.id} slotId={slot.id} alt={given.signerName} />
            )}
            <Text size="sm" c="dimmed">
              {t('agreements.signed', {
                role: t(`agreements.signerRole.${given.signerRole}`),
                name: given.signerName,
                method: t(`agreements.method.${given.method}`),
                time: formatDateTime(given.signedAt),
              })}
            </Text>
          </Stack>
          {mayUpdate && agreement.status === 'draft' && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} />}
              loading={busy}
              onClick={() => void run(() => agreements.removeSignature(agreement.id, slot.id))}
            >
              {t('agreements.clearSignature')}
            </Button>
          )}
        </Group>
      ) : mayUpdate && open ? (
        <Stack gap="xs">
          <Group grow align="end">
            {slot.signers.length > 1 && (
              <Select
                label={t('agreements.signer')}
                data={slot.signers.map((s) => ({
                  value: s.role,
                  label: `${t(`agreements.signerRole.${s.role}`)}：${s.name}`,
                }))}
                value={role}
                allowDeselect={false}
                onChange={(v) => v && setRole(v as SignerRole)}
              />
            )}
            {slot.signers.length === 0 && (
              <TextInput
                label={t('agreements.recorderName')}
                value={recorderName}
                onChange={(e) => setRecorderName(e.currentTarget.value)}
              />
            )}
            {slot.methods.length > 1 && (
              <SegmentedControl
                aria-label={t('agreements.methodLabel')}
                data={slot.methods.map((m) => ({ value: m, label: t(`agreements.method.${m}`) }))}
                value={method}
                onChange={(v) => setMethod(v as SignatureMethod)}
              />
            )}
          </Group>
          {method === 'signature' ? (
            <SignaturePad
              name={signerName || title}
              testId={`signature-canvas-${slot.id}`}
              confirmLabel={t('agreements.confirmSignature')}
              busy={busy}
              onConfirm={(png) => sign(png)}
            />
          ) : (
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {t(`agreements.attestHint.${method}`)}
              </Text>
              <Button size="xs" loading={busy} onClick={() => void sign(null)}>
                {t('agreements.confirmAttest', { method: t(`agreements.method.${method}`) })}
              </Button>
            </Group>
          )}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          —
        </Text>
      )}
    </Card>
  )
}
