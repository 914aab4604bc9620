import { detractorFollowUp, type DetractorFollowUpOptions } from './detractor-follow-up.js';
import { idleDealReminder, type IdleDealReminderOptions } from './idle-deal-reminder.js';
import type { Rule } from './rule.js';
import { slaBreachEscalation } from './sla-breach-escalation.js';
import { slaMonitor } from './sla-monitor.js';

export interface BuiltInRulesOptions {
  /** The SLA monitor and the escalation it triggers. */
  readonly slaEscalation?: { readonly enabled?: boolean };
  readonly detractorFollowUp?: DetractorFollowUpOptions;
  readonly idleDealReminder?: IdleDealReminderOptions;
}

/** The three rules the seeds ask for (事件触发机制), each switchable through its `enabled` option. */
export function builtInRules(options: BuiltInRulesOptions = {}): Rule[] {
  return [
    slaMonitor(options.slaEscalation),
    slaBreachEscalation(options.slaEscalation),
    detractorFollowUp(options.detractorFollowUp),
    idleDealReminder(options.idleDealReminder),
  ];
}
