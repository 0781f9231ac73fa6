import '@mantine/core/styles.css'
import '@mantine/dates/styles.css'
import '@mantine/notifications/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { bootstrap } from './app/bootstrap'
import { languageLoaded } from './i18n'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
const context = bootstrap()
// English, when chosen, is loaded before the first screen shows (zh-CN is bundled).
await languageLoaded(context.i18n)
createRoot(root).render(
  <StrictMode>
    <App {...context} />
  </StrictMode>,
)
