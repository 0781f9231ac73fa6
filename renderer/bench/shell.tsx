/**
 * The cold-start baseline (issue 17 item 4): a bare Mantine app shell — provider, styles and a
 * login-like form, nothing else — built with the same toolchain as the app (bench/shell.html).
 * tests/bench/cold-start.ts times navigation → its button visible against the app's login screen.
 */
import '@mantine/core/styles.css'
import { Button, Center, MantineProvider, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

function BareShell() {
  return (
    <MantineProvider defaultColorScheme="light">
      <Center mih="100vh" bg="gray.0">
        <Paper withBorder shadow="sm" p="xl" w={400}>
          <Stack>
            <Title order={3}>调解室案件管理</Title>
            <TextInput label="用户名" autoFocus />
            <PasswordInput label="密码" />
            <Button type="submit">登录</Button>
          </Stack>
        </Paper>
      </Center>
    </MantineProvider>
  )
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <BareShell />
  </StrictMode>,
)
