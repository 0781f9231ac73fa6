/**
 * An HTML rendering of a document model — the same model the PDF and DOCX are made from — for the
 * template editor's live preview: A4 proportions, title centred, running text indented, tables,
 * signature slots and the seal lines.
 */
import { Box, Paper } from '@mantine/core'
import { slotLines, type DocModel, type ModelBlock } from '../../output/documents'

const SERIF = '"FangSong", "STFangsong", "仿宋", "Noto Serif SC", "Songti SC", serif'
const cell = {
  border: '1px solid #333',
  padding: '3px 4px',
  verticalAlign: 'middle',
  overflowWrap: 'anywhere',
} as const

/**
 * Column widths as the PDF lays them out: the relative widths share what is left of the A4 text
 * width (453.5 pt) once every cell's padding and rule are taken, so a header or a date wraps in the
 * preview exactly where it wraps on paper.
 */
const TEXT_WIDTH = 453.5
const CELL_EXTRA = 2 * 4 + 0.75
function columnPercents(widths: number[]): string[] {
  const total = widths.reduce((a, b) => a + b, 0)
  const free = TEXT_WIDTH - widths.length * CELL_EXTRA
  return widths.map((w) => `${(100 * ((free * w) / total + CELL_EXTRA)) / TEXT_WIDTH}%`)
}

function Block({ block }: { block: ModelBlock }) {
  switch (block.type) {
    case 'heading':
      return <h3 style={{ fontSize: 16, margin: '10px 0 6px', fontWeight: 700 }}>{block.text}</h3>
    case 'paragraph':
      return (
        <p
          style={{
            margin: '0 0 4px',
            textAlign: block.align,
            textIndent: block.indent ? '2em' : 0,
            fontWeight: block.bold ? 700 : 400,
            whiteSpace: 'pre-wrap',
          }}
        >
          {block.text}
        </p>
      )
    case 'table': {
      return (
        <table
          style={{
            width: '100%',
            tableLayout: 'fixed',
            borderCollapse: 'collapse',
            fontSize: 12,
            margin: '4px 0 8px',
          }}
        >
          <colgroup>
            {columnPercents(block.widths).map((width, i) => (
              <col key={i} style={{ width }} />
            ))}
          </colgroup>
          {block.header && (
            <thead>
              <tr>
                {block.header.map((h, i) => (
                  <th key={i} style={cell}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((text, i) => (
                  <td
                    key={i}
                    style={{ ...cell, textAlign: block.labelColumns.includes(i) ? 'center' : 'left' }}
                  >
                    {text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )
    }
    case 'signatures':
      return (
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: `repeat(${block.columns}, 1fr)`,
            gap: 8,
            fontSize: 12,
            marginTop: 12,
          }}
        >
          {block.slots.map((slot) => (
            <div key={slot.id}>
              {slotLines(slot).map((line, i) => (
                <div key={i}>{line}</div>
              ))}
            </div>
          ))}
        </div>
      )
    case 'seal':
      return (
        <div style={{ textAlign: 'right', marginTop: 20, paddingRight: '2em' }}>
          {block.lines.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </div>
      )
  }
}

/** The sheet itself: white A4-like page, the model's title and blocks. `zoom` enlarges it whole. */
export function DocSheet({ model, zoom = 1 }: { model: DocModel; zoom?: number }) {
  return (
    <Box
      data-testid="doc-preview"
      style={{
        background: 'white',
        margin: 12,
        padding: '32px 36px',
        fontFamily: SERIF,
        fontSize: 14,
        lineHeight: 1.6,
        color: '#111',
        minHeight: 480,
        zoom,
      }}
    >
      <h2 style={{ textAlign: 'center', fontSize: 22, fontWeight: 700, margin: '0 0 16px' }}>
        {model.title}
      </h2>
      {model.blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </Box>
  )
}

export function DocPreview({ model }: { model: DocModel }) {
  return (
    <Paper
      withBorder
      shadow="xs"
      p={0}
      style={{ overflow: 'auto', maxHeight: 'calc(100vh - 160px)', background: '#f3f3f3' }}
    >
      <DocSheet model={model} />
    </Paper>
  )
}
