/**
 * Messages for the workflow on the case page (`actions`, `workflow`) and the refusals of the case
 * rules in domain/workflow and domain/cases (`caseRules`), spread into zh-CN and en.
 */
import { workflowEn as en } from './workflow.en'
import { workflowZhCN as zhCN } from './workflow.zh-CN'

export const workflowMessages = { zhCN, en }
