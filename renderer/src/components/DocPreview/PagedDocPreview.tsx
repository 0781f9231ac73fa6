/**
 * A document shown to people sitting across the desk: large type, one screenful ("page") at a
 * time, turned with 上一页 / 下一页 (or scrolled by finger or wheel), the page it is on said in words.
 */
import { Button, Group, Paper, Text } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { DocModel } from '../../output/documents'
import { DocSheet } from './DocPreview'

interface Labels {
  previous: string
  next: string
  page: (page: number, pages: number) => string
}

export function PagedDocPreview({
  model,
  height,
  zoom = 1.35,
  labels,
}: {
  model: DocModel
  /** The height of one page on screen (CSS length). */
  height: string
  zoom?: number
  labels: Labels
}) {
  const box = useRef<HTMLDivElement>(null)
  const [at, setAt] = useState({ page: 1, pages: 1 })

  const measure = useCallback(() => {
    const el = box.current
    if (!el || el.clientHeight === 0) return
    const pages = Math.max(1, Math.ceil((el.scrollHeight - 1) / el.clientHeight))
    const page = Math.min(pages, Math.floor(el.scrollTop / el.clientHeight + 0.5) + 1)
    setAt({ page, pages })
  }, [])

  useEffect(() => {
    measure()
    const el = box.current
    if (!el || typeof ResizeObserver === 'undefined') return
    // the box, and the sheet inside it: pages change when either does
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    if (el.firstElementChild) observer.observe(el.firstElementChild)
    return () => observer.disconnect()
  }, [measure, model])

  const turn = (by: number) => {
    const el = box.current
    if (!el) return
    el.scrollTo({ top: Math.max(0, (at.page - 1 + by) * el.clientHeight) })
  }

  return (
    <Paper withBorder shadow="xs" p={0} style={{ background: '#f3f3f3' }}>
      <div
        ref={box}
        onScroll={measure}
        style={{ height, overflowY: 'auto' }}
        data-testid="paged-preview"
        tabIndex={0}
      >
        <DocSheet model={model} zoom={zoom} />
      </div>
      <Group justify="space-between" p={6} style={{ borderTop: '1px solid #ddd' }}>
        <Button
          size="sm"
          variant="default"
          leftSection={<IconChevronLeft size={16} />}
          disabled={at.page <= 1}
          onClick={() => turn(-1)}
        >
          {labels.previous}
        </Button>
        <Text size="sm" data-testid="preview-page" aria-live="polite">
          {labels.page(at.page, at.pages)}
        </Text>
        <Button
          size="sm"
          variant="default"
          rightSection={<IconChevronRight size={16} />}
          disabled={at.page >= at.pages}
          onClick={() => turn(1)}
        >
          {labels.next}
        </Button>
      </Group>
    </Paper>
  )
}
