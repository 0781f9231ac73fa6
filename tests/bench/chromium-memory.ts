/**
 * Resident memory of the Chromium processes Playwright started from this process (the browser and
 * its descendants, found through /proc by parent id), by process type: `browser`, `renderer`,
 * `utility`, `zygote`, `gpu-process`. Linux only. `resetPeaks` clears each process's high-water mark
 * (VmHWM, via /proc/PID/clear_refs), so `peaks` afterwards gives the exact peak since the reset.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'

export interface ChromiumProcess {
  pid: number
  type: string
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

export function chromiumProcesses(root = process.pid): ChromiumProcess[] {
  const children = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = read(`/proc/${name}/stat`)
    // The command may hold spaces and parentheses: the parent id is the second field after the last ')'.
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN
    if (!Number.isFinite(ppid)) continue
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)])
  }
  const found: ChromiumProcess[] = []
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      // Chromium rewrites its children's command lines into one space-separated string.
      const cmdline = (read(`/proc/${child}/cmdline`) ?? '').split(/[\0 ]/)
      if (/chrom/i.test(cmdline[0] ?? '')) {
        const arg = (name: string) => cmdline.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
        const type = arg('type') ?? 'browser'
        const sub = arg('utility-sub-type')
        found.push({ pid: child, type: sub ? `${type}:${sub}` : type })
      }
      walk(child)
    }
  }
  walk(root)
  return found
}

/** VmRSS and VmHWM in bytes (0 when the process is gone). */
export function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = read(`/proc/${pid}/status`) ?? ''
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0)
  return { rss: kb('VmRSS') * 1024, hwm: kb('VmHWM') * 1024 }
}

/** Whether every high-water mark could be cleared. */
export function resetPeaks(processes: ChromiumProcess[]): boolean {
  let all = true
  for (const { pid } of processes) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5')
    } catch {
      all = false
    }
  }
  return all
}
