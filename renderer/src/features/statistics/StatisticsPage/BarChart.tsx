/**
 * A small horizontal bar chart in plain SVG: one band per row, one bar per series, the value at
 * the end of each bar. The picture is labelled as a whole (role="img") and every bar carries its own
 * <title>, so a screen reader gets the numbers, not a drawing. No chart library: this is all it needs.
 */
import { Group, Text } from '@mantine/core'
import { useId } from 'react'

export interface BarSeries {
  label: string
  color: string
}

export interface BarRow {
  label: string
  values: number[]
}

interface Props {
  label: string
  series: BarSeries[]
  rows: BarRow[]
  /** Words for one bar's <title>, e.g. "邻里：受理数 3". */
  describe: (row: string, series: string, value: number) => string
}

const LABEL_WIDTH = 130
const BAR_AREA = 420
const VALUE_WIDTH = 40
const BAR_HEIGHT = 12
const GAP = 3
const BAND_GAP = 10

export function BarChart({ label, series, rows, describe }: Props) {
  const titleId = useId()
  const max = Math.max(1, ...rows.flatMap((r) => r.values))
  const band = series.length * (BAR_HEIGHT + GAP) - GAP
  const height = rows.length * (band + BAND_GAP)
  const width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH
  return (
    <div>
      <Group gap="md" mb={6} aria-hidden>
        {series.map((s) => (
          <Group key={s.label} gap={4}>
            <svg width="12" height="12" aria-hidden>
              <rect width="12" height="12" fill={s.color} rx="2" />
            </svg>
            <Text size="xs">{s.label}</Text>
          </Group>
        ))}
      </Group>
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width, display: 'block' }}
        data-testid="stat-chart"
      >
        <title id={titleId}>{label}</title>
        {rows.map((row, i) => {
          const y = i * (band + BAND_GAP)
          return (
            <g key={row.label} transform={`translate(0 ${y})`}>
              <text
                x={LABEL_WIDTH - 8}
                y={band / 2}
                textAnchor="end"
                dominantBaseline="central"
                fontSize="12"
              >
                {row.label}
              </text>
              {row.values.map((value, j) => {
                const s = series[j]
                if (!s) return null
                const w = (value / max) * BAR_AREA
                const by = j * (BAR_HEIGHT + GAP)
                return (
                  <g key={s.label}>
                    <rect
                      x={LABEL_WIDTH}
                      y={by}
                      width={Math.max(w, value ? 2 : 0)}
                      height={BAR_HEIGHT}
                      fill={s.color}
                      rx="2"
                    >
                      <title>{describe(row.label, s.label, value)}</title>
                    </rect>
                    <text
                      x={LABEL_WIDTH + w + 4}
                      y={by + BAR_HEIGHT / 2}
                      dominantBaseline="central"
                      fontSize="11"
                    >
                      {value}
                    </text>
                  </g>
                )
              })}
            </g>
          )
        })}
      </svg>
    </div>
  )
}
