/**
 * A signature given on screen: handwritten on a canvas (signature_pad, kept as a PNG data URL) or,
 * where no pen is at hand, the signer typing their own name. The value is sealed with the rest of
 * the record; it is never kept anywhere else.
 */
import { Button, Group, Input, SegmentedControl, Stack, Text, TextInput } from '@mantine/core'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import SignaturePad from 'signature_pad'
import type { Signature } from '../../../domain/counselling/records'

export interface SignatureFieldProps {
  label: string
  value: Signature | null
  onChange: (value: Signature | null) => void
  error?: ReactNode
  testId: string
}

function DrawnSignature({ onChange, testId }: Pick<SignatureFieldProps, 'onChange' | 'testId'>) {
  const { t } = useTranslation()
  const canvas = useRef<HTMLCanvasElement>(null)
  const pad = useRef<SignaturePad | null>(null)

  useEffect(() => {
    const el = canvas.current
    if (!el) return
    try {
      const p = new SignaturePad(el, { backgroundColor: 'rgb(255,255,255)' })
      p.addEventListener('endStroke', () => onChange({ method: 'drawn', image: p.toDataURL('image/png') }))
      pad.current = p
      return () => p.off()
    } catch {
      // No canvas (a test DOM): the typed name remains available.
      return undefined
    }
    // The pad is made once; onChange is read at stroke time through the closure of the first render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return (
    <Stack gap={4}>
      <canvas
        ref={canvas}
        width={480}
        height={160}
        aria-label={t('counselling.signaturePad.canvas')}
        data-testid={`${testId}-canvas`}
        style={{
          border: '1px solid var(--mantine-color-gray-4)',
          borderRadius: 4,
          touchAction: 'none',
          maxWidth: '100%',
        }}
      />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {t('counselling.signaturePad.hint')}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => {
            pad.current?.clear()
            onChange(null)
          }}
        >
          {t('counselling.signaturePad.clear')}
        </Button>
      </Group>
    </Stack>
  )
}

export function SignatureField({ label, value, onChange, error, testId }: SignatureFieldProps) {
  const { t } = useTranslation()
  const [method, setMethod] = useState<Signature['method']>(value?.method ?? 'drawn')
  return (
    <Input.Wrapper label={label} withAsterisk error={error} data-testid={testId}>
      <Stack gap="xs" mt={4}>
        <SegmentedControl
          size="xs"
          value={method}
          onChange={(m) => {
            setMethod(m as Signature['method'])
            onChange(null)
          }}
          data={[
            { value: 'drawn', label: t('counselling.signaturePad.drawn') },
            { value: 'typed', label: t('counselling.signaturePad.typed') },
          ]}
        />
        {method === 'drawn' ? (
          <DrawnSignature onChange={onChange} testId={testId} />
        ) : (
          <TextInput
            aria-label={`${label} · ${t('counselling.signaturePad.typedName')}`}
            placeholder={t('counselling.signaturePad.typedName')}
            value={value?.method === 'typed' ? value.name : ''}
            onChange={(e) => {
              const name = e.currentTarget.value
              onChange(name.trim() ? { method: 'typed', name } : null)
            }}
          />
        )}
      </Stack>
    </Input.Wrapper>
  )
}
