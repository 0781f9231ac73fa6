/**
 * What the app keeps outside its own database, where editing IndexedDB cannot reach it: the
 * login throttle and the failed attempts waiting for the audit chain, the audit chain's anchors,
 * the administrators' pinned public key with the newest role grant of every account, and the
 * record of the workspace that tells an empty database from a lost one. In Electron the main
 * process keeps them in userData; the browser build keeps a twin in the page's localStorage
 * (which DevTools can edit too: the browser build is a fallback and a test harness, see README).
 * The data layer may not import platform/, so this is its port; the app hands it in.
 */
export type {
  AdminKeyPinResult,
  AuditAnchor,
  AuditCheckpointResult,
  GrantRecordResult,
  Keeper,
  LoginFailure,
  LoginFailureReason,
  PendingFailures,
  SignedPayload,
  ThrottleState,
  WorkspaceRecord,
} from '../../../preload/contract'
