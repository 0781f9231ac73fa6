import { createTheme } from '@mantine/core'

/** Fonts that exist on Chinese Windows, Linux (Noto CJK) and macOS, in that order. */
export const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily:
    '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", system-ui, sans-serif',
  defaultRadius: 'sm',
})
