/**
 * Handwritten signature capture with signature_pad 5: pointer events, so mouse, finger and pen all
 * draw smooth, pressure-free strokes; the canvas is backed at the screen's devicePixelRatio (sharp on
 * high-density displays) and re-sized with its box without losing what was drawn. 撤销 takes back
 * the last stroke, 清除 everything; confirming hands over the cropped PNG.
 */
import { Box, Button, Group, Text } from '@mantine/core'
import { IconArrowBackUp, IconCheck, IconEraser } from '@tabler/icons-react'
import SignaturePadEngine from 'signature_pad'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { reportActivity } from '../../shared/signing-activity'
import { trimmedPng } from './canvas-png'

interface Props {
  /** Who signs here: names the drawing area for screen readers. */
  name: string
  confirmLabel: string
  busy?: boolean
  testId: string
  onConfirm: (png: Uint8Array) => Promise<void> | void
}

const HEIGHT = 160

export function SignaturePad({ name, confirmLabel, busy = false, testId, onConfirm }: Props) {
  const { t } = useTranslation()
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const padRef = useRef<SignaturePadEngine | null>(null)
  const [empty, setEmpty] = useState(true)
  const [warning, setWarning] = useState(false)

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas || !canvas.getContext('2d')) return
    const pad = new SignaturePadEngine(canvas, {
      penColor: '#111827',
      minWidth: 0.9,
      maxWidth: 2.8,
      // Transparent, so the signature sits on the page like ink.
      backgroundColor: 'rgba(0,0,0,0)',
    })
    padRef.current = pad
    const changed = () => {
      setEmpty(pad.isEmpty())
      setWarning(false)
      // A stroke is someone at the screen, even where the pad keeps the events to itself.
      reportActivity()
    }
    pad.addEventListener('endStroke', changed)
    const resize = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1)
      const data = pad.toData()
      canvas.width = Math.round(canvas.offsetWidth * ratio)
      canvas.height = Math.round(canvas.offsetHeight * ratio)
      canvas.getContext('2d')?.scale(ratio, ratio)
      pad.fromData(data)
    }
    resize()
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize)
    observer?.observe(canvas)
    return () => {
      observer?.disconnect()
      pad.removeEventListener('endStroke', changed)
      pad.off()
      padRef.current = null
    }
  }, [])

  const undo = () => {
    const pad = padRef.current
    if (!pad) return
    const data = pad.toData()
    data.pop()
    pad.fromData(data)
    setEmpty(pad.isEmpty())
  }

  const clear = () => {
    padRef.current?.clear()
    setEmpty(true)
  }

  const confirm = async () => {
    const canvas = canvasRef.current
    const png = canvas && !padRef.current?.isEmpty() ? await trimmedPng(canvas) : null
    if (!png) {
      setWarning(true)
      return
    }
    await onConfirm(png)
  }

  return (
    <Box>
      <Box
        style={{
          border: '1px dashed var(--mantine-color-gray-5)',
          borderRadius: 'var(--mantine-radius-sm)',
          background: 'var(--mantine-color-gray-0)',
        }}
      >
        <canvas
          ref={canvasRef}
          data-testid={testId}
          role="img"
          aria-label={t('signaturePad.area', { name })}
          style={{
            width: '100%',
            height: HEIGHT,
            display: 'block',
            touchAction: 'none',
            cursor: 'crosshair',
          }}
        />
      </Box>
      <Group justify="space-between" mt={4}>
        <Text size="xs" c={warning ? 'red' : 'dimmed'} role={warning ? 'alert' : undefined}>
          {warning ? t('signaturePad.empty') : t('signaturePad.hint')}
        </Text>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconArrowBackUp size={14} />}
            onClick={undo}
            disabled={empty}
          >
            {t('signaturePad.undo')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconEraser size={14} />}
            onClick={clear}
            disabled={empty}
          >
            {t('signaturePad.clear')}
          </Button>
          <Button
            size="xs"
            leftSection={<IconCheck size={14} />}
            loading={busy}
            onClick={() => void confirm()}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Group>
    </Box>
  )
}
