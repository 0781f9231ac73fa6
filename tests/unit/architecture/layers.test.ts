/**
 * The layer rules are lint rules; this proves they bite. Each snippet breaks one rule from the
 * folder named, and ESLint (the project's real config) must refuse it.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal')
}

describe('layer boundaries', () => {
  it.each([
    ['renderer/src/domain/x.ts', "import { useState } from 'react'\nexport const a = useState"],
    ['renderer/src/domain/x.ts', "import { Dexie } from 'dexie'\nexport const a = Dexie"],
    ['renderer/src/domain/x.ts', "import { app } from 'electron'\nexport const a = app"],
    [
      'renderer/src/domain/x.ts',
      "import { openDatabase } from '../data/schema'\nexport const a = openDatabase",
    ],
    ['renderer/src/features/cases/x.tsx', "import { Dexie } from 'dexie'\nexport const a = Dexie"],
    [
      'renderer/src/features/cases/x.tsx',
      "import { useLiveQuery } from 'dexie-react-hooks'\nexport const a = useLiveQuery",
    ],
    [
      'renderer/src/features/cases/x.tsx',
      "import { openDatabase } from '../../data/schema'\nexport const a = openDatabase",
    ],
    ['renderer/src/features/x.tsx', "import { App } from '../app/App'\nexport const a = App"],
    ['renderer/src/data/x.ts', "import { Button } from '@mantine/core'\nexport const a = Button"],
    [
      'renderer/src/app/x.tsx',
      "import { makeHandlers } from '../../../main/ipc/handlers'\nexport const a = makeHandlers",
    ],
    ['renderer/src/platform/x.ts', "import { readFile } from 'node:fs'\nexport const a = readFile"],
    ['renderer/src/data/x.ts', "import { randomBytes } from 'crypto'\nexport const a = randomBytes"],
    ['preload/contract.ts', "import { ipcMain } from 'electron'\nexport const a = ipcMain"],
    [
      'renderer/src/features/settings/x.tsx',
      "import { generateDemoCases } from '../../demo'\nexport const a = generateDemoCases",
    ],
    [
      'renderer/src/components/x.tsx',
      "import { openDatabase } from '../data'\nexport const a = openDatabase",
    ],
    [
      'renderer/src/output/x.ts',
      "import { CaseListPage } from '../features/cases'\nexport const a = CaseListPage",
    ],
    [
      'renderer/src/demo/x.ts',
      "import { openDatabase } from '../data/schema'\nexport const a = openDatabase",
    ],
    ['renderer/src/data/x.ts', "import { renderPdf } from '../output/documents'\nexport const a = renderPdf"],
    [
      'renderer/src/data/schema/v9.ts',
      "import { isOpen } from '../../domain/cases/catalogues'\nexport const a = isOpen",
    ],
    [
      'renderer/src/data/schema/v9.ts',
      "import { caseTokens } from '../repositories/cases/case-tokens'\nexport const a = caseTokens",
    ],
  ])('%s refuses: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports')
  })

  it.each([
    [
      'renderer/src/features/cases/CaseDetailPage/x.tsx',
      "import { RecordView } from '../../records/RecordView'\nexport const a = RecordView",
    ],
    [
      'renderer/src/features/export/x.tsx',
      "export { PeriodPicker } from '../statistics/StatisticsPage/PeriodPicker'",
    ],
    [
      'renderer/src/features/shared/x.ts',
      "import { CaseListPage } from '../cases'\nexport const a = CaseListPage",
    ],
  ])('%s crosses a feature border: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('local/feature-border')
  })

  it('domain code may not reach for the DOM', async () => {
    expect(await ruleIds('renderer/src/domain/x.ts', 'export const a = window.location')).toContain(
      'no-restricted-globals',
    )
  })

  it.each([
    [
      'renderer/src/features/cases/x.tsx',
      "import { useRepositories } from '../shared/services'\nexport const a = useRepositories",
    ],
    ['renderer/src/data/x.ts', "import { Dexie } from 'dexie'\nexport const a = Dexie"],
    [
      'renderer/src/app/x.tsx',
      "import { CaseListPage } from '../features/cases'\nexport const a = CaseListPage",
    ],
    [
      'renderer/src/features/cases/CaseDetailPage/x.tsx',
      "import { RecordTimeline } from '../../records'\nexport const a = RecordTimeline",
    ],
    [
      'renderer/src/features/cases/CaseDetailPage/x.tsx',
      "import { ErrorAlert } from '../../../components/ErrorAlert'\nexport const a = ErrorAlert",
    ],
    ['renderer/src/features/settings/x.tsx', "export const load = () => import('../../demo')"],
    ['renderer/src/data/schema/v9.ts', "import type { CaseRow } from './rows'\nexport type A = CaseRow"],
  ])('%s allows a downward import', async (file, code) => {
    expect(await ruleIds(file, code)).toEqual([])
  })
})
