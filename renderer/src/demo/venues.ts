/** Where a case's sessions are held, and court case-number prefixes. */
import type { AdminSector, MediationKind } from '../domain/cases/catalogues'
import type { District } from './places'

export function sessionPlace(kind: MediationKind, sector: AdminSector | null, d: District): string {
  if (kind === 'court-delegated' || kind === 'court-entrusted') return `${d.court}诉调对接中心调解室`
  if (kind === 'people') return `${d.subdistricts[0] ?? d.name}人民调解委员会调解室`
  switch (sector) {
    case 'public-security':
      return `大连市公安局${d.short}分局派出所调解室`
    case 'traffic':
      return `大连市公安局交通警察支队${d.short}大队事故处理室`
    case 'consumer':
      return `大连市${d.name}市场监督管理局消费者权益保护调解室`
    case 'labour':
      return `大连市${d.name}劳动人事争议调解中心`
    case 'land':
      return `大连市${d.name}自然资源局调解室`
    default:
      return `大连市${d.name}司法局调解室`
  }
}

/** A court's case-number prefix, e.g. 辽0204 for the 沙河口 court. */
export const courtCode = (d: District) => `辽${d.code.slice(2)}`
