/**
 * The records of court-linked, traffic and 治安 mediation: the court's letter and the report back to
 * it, the 事故认定书 and the day the loss was fixed, the 调解会通知, and the return to the police.
 */
import { z } from 'zod'
import { MSG } from '../shared/messages'
import { COURT_PROCEDURES } from './catalogues'
import { isoDate, optionalDate, required, text } from './record-fields'

export const courtReferralSchema = z.object({
  court: required(100),
  letterNo: required(100),
  referredAt: isoDate,
  /** The deadline the court's letter sets; it wins over the rule's default. '' when the letter sets none. */
  deadline: optionalDate,
  /** 委托调解 only: the court's procedure (普通 15 days / 简易 7 days by default). */
  procedure: z.enum(COURT_PROCEDURES, MSG.choice).nullable().default(null),
})

/**
 * What the parties ask of the court with the result: 司法确认 (委派), or — 委托调解, which the court
 * ends itself — a 调解书 or 撤诉.
 */
export const COURT_REQUESTS = ['', 'judicial-confirmation', 'mediation-document', 'withdrawal'] as const

export const courtReportSchema = z.object({
  reportedAt: isoDate,
  result: z.enum(['agreed', 'failed', 'withdrawn'], MSG.choice),
  note: text(2000).default(''),
  request: z.enum(COURT_REQUESTS, MSG.choice).default(''),
})

/**
 * 道路交通事故: the 事故认定书 the parties received, and their written application for mediation,
 * due within 10 days of receiving it (道路交通安全法实施条例 Art. 94).
 */
export const accidentReportSchema = z.object({
  receivedAt: isoDate,
  reportNo: text(100).default(''),
  appliedAt: optionalDate,
})

/**
 * 道路交通事故: the day the loss is fixed, from which the 10-day mediation runs (实施条例 Arts. 94–95):
 * 丧葬事宜结束 (death), 治疗终结 or 定残 (injury), 确定损失 (property).
 */
export const LOSS_EVENTS = [
  'funeral-ended',
  'treatment-ended',
  'disability-assessed',
  'loss-determined',
] as const
export const lossFixedSchema = z.object({
  event: z.enum(LOSS_EVENTS, MSG.choice),
  at: isoDate,
  note: text(1000).default(''),
})

/** 调解会通知: the parties are told the session's time and place, 3 days ahead for traffic cases. */
export const sessionNoticeSchema = z.object({
  sessionDate: isoDate,
  place: required(100),
  /** When the parties were told; '' while not yet. */
  notifiedAt: optionalDate,
  method: z.enum(['written', 'phone', 'in-person'], MSG.choice),
})

/**
 * 治安调解 fails or is not performed: the case goes back to the police, who punish the offence and
 * tell the parties they may sue over the civil dispute (治安管理处罚法 Art. 9).
 */
export const policeReturnSchema = z.object({
  at: isoDate,
  reason: z.enum(['no-agreement', 'not-performed'], MSG.choice),
  litigationTold: z.boolean().default(true),
  note: text(1000).default(''),
})
