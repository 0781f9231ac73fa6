import { createTheme, NumberInput, Select, Textarea, TextInput } from '@mantine/core'

/**
 * Fonts that exist on Chinese Windows, Linux (Noto CJK) and macOS, in that order.
 * Inputs default to autocomplete="off": a browser's form history would otherwise keep party names
 * and numbers in plaintext in its own profile files (the plaintext-at-rest test found exactly that).
 */
const noHistory = { defaultProps: { autoComplete: 'off' } }

export const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily:
    '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", system-ui, sans-serif',
  defaultRadius: 'sm',
  components: {
    TextInput: TextInput.extend(noHistory),
    Textarea: Textarea.extend(noHistory),
    Select: Select.extend(noHistory),
    NumberInput: NumberInput.extend(noHistory),
  },
})
