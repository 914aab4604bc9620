export { defineEventRule, type AnyEventRule, type EventRule, type Rule, type RuleActions, type RuleContext, type RulesSnapshot, type ScheduledRule } from './rule.js';
export { createRulesEngine, type RulesEngine, type RulesEngineOptions } from './rules-engine.js';
export { slaMonitor } from './sla-monitor.js';
export { slaBreachEscalation } from './sla-breach-escalation.js';
export { detractorFollowUp, type DetractorFollowUpOptions } from './detractor-follow-up.js';
export { idleDealReminder, type IdleDealReminderOptions } from './idle-deal-reminder.js';
export { builtInRules, type BuiltInRulesOptions } from './built-in-rules.js';
export { ruleActionsFromClient } from './client-rule-actions.js';
