import {
  CloseButton,
  createTheme,
  type CloseButtonProps,
  mergeThemeOverrides,
  NumberInput,
  PasswordInput,
  type PasswordInputProps,
  Select,
  Textarea,
  TextInput,
  type CSSVariablesResolver,
} from '@mantine/core'

/**
 * Fonts that exist on Chinese Windows, Linux (Noto CJK) and macOS, in that order.
 * Inputs default to autocomplete="off": a browser's form history would otherwise keep party names
 * and numbers in plaintext in its own profile files (the plaintext-at-rest test found exactly that).
 */
const noHistory = { defaultProps: { autoComplete: 'off' } }

export const theme = createTheme({
  primaryColor: 'indigo',
  // indigo-7 under white text and as link colour passes WCAG AA contrast (the default shade 6 does not).
  primaryShade: { light: 7, dark: 5 },
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

/** Dimmed text in gray-7 rather than gray-6: secondary text still reads at AA contrast on white. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    // text on light (tinted) backgrounds — the active navigation item, light badges and buttons
    '--mantine-color-indigo-light-color': t.colors.indigo[9] ?? '#364fc7',
    '--mantine-primary-color-light-color': t.colors.indigo[9] ?? '#364fc7',
    // warning text (c="orange": 待填 fields, stale backups, deadlines without a calendar): orange-9 is
    // only 4.3:1 on white, so a darker burnt orange that reads at 5.7:1 (axe on the signing screen).
    '--mantine-color-orange-text': '#b83d00',
    // …and on orange-tinted backgrounds (light badges and alerts: 必需 on the signing screen), 4.9:1.
    '--mantine-color-orange-light-color': '#b83d00',
  },
  dark: {},
})

/**
 * The theme in a language: every close button (notifications, dialogs, alerts) is named, and so
 * is every password field's show/hide toggle (Mantine's own label is English).
 */
export function themeIn(closeLabel: string, showPasswordLabel: string) {
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        CloseButton: CloseButton.extend({
          defaultProps: { 'aria-label': closeLabel } as Partial<CloseButtonProps>,
        }),
        PasswordInput: PasswordInput.extend({
          defaultProps: {
            visibilityToggleButtonProps: { 'aria-label': showPasswordLabel },
          } as Partial<PasswordInputProps>,
        }),
      },
    }),
  )
}
