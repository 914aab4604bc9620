import type { Unsubscribe } from '../adapter/storage-adapter.js';
import { reportUnhandled } from '../events/report-error.js';
import type { DomainEventBus, DomainEventMap, DomainEventType } from '../events/domain-events.js';
import type { AnyEventRule, EventRule, Rule, RuleActions, RuleContext, RulesSnapshot, ScheduledRule } from './rule.js';

export interface RulesEngineOptions {
  /** The bus rules listen to and announce on, usually `client.events`. */
  readonly bus: DomainEventBus;
  readonly actions: RuleActions;
  readonly rules: readonly Rule[];
  /** The clock event-driven rules read; the client's `now` in an app, a fixed one in tests. */
  readonly now?: () => Date;
  /** Receives what a rule threw or rejected with; other rules keep running. Default: `reportError` where the platform has it, else `console.error`. */
  readonly onError?: (error: unknown, ruleId: string) => void;
}

export interface RulesEngine {
  /** Runs the time-driven rules at `now` over the snapshot; resolves when every action they started (and the event rules those triggered) is done. */
  tick(now: Date, snapshot: RulesSnapshot): Promise<void>;
  /** Switches a rule on or off by id. */
  setEnabled(ruleId: string, enabled: boolean): void;
  isEnabled(ruleId: string): boolean;
  /** Resolves when every action started so far has finished. */
  settled(): Promise<void>;
  /** Stops listening to the bus. */
  dispose(): void;
}

const isScheduled = (rule: Rule): rule is ScheduledRule => 'tick' in rule;

/**
 * Connects rules to the event bus: event rules run when their event is emitted and their
 * condition holds, time-driven rules on `tick`. Each rule fires at most once per key; its actions
 * go through the injected `actions`, so the engine is deterministic under an injected clock.
 */
export function createRulesEngine({ bus, actions, rules, now = () => new Date(), onError = reportUnhandled }: RulesEngineOptions): RulesEngine {
  const enabled = new Map(rules.map((rule) => [rule.id, rule.enabled ?? true]));
  const claimed = new Set<string>();
  const pending = new Set<Promise<void>>();

  function contextFor(ruleId: string, at: Date): RuleContext {
    return {
      now: at,
      actions,
      emit: bus.emit,
      firstTime(key) {
        const scoped = `${ruleId}\u0000${key}`;
        if (claimed.has(scoped)) return false;
        claimed.add(scoped);
        return true;
      },
    };
  }

  function run(ruleId: string, action: () => void | Promise<void>): void {
    let result: void | Promise<void>;
    try {
      result = action();
    } catch (error) {
      onError(error, ruleId);
      return;
    }
    if (result) {
      const tracked: Promise<void> = result.catch((error: unknown) => onError(error, ruleId)).finally(() => pending.delete(tracked));
      pending.add(tracked);
    }
  }

  function listen<K extends DomainEventType>(rule: EventRule<K>): Unsubscribe {
    return bus.on(rule.on, (detail: DomainEventMap[K]) => {
      if (!enabled.get(rule.id)) return;
      const context = contextFor(rule.id, now());
      run(rule.id, () => {
        if (rule.when && !rule.when(detail, context)) return;
        if (rule.key && !context.firstTime(rule.key(detail))) return;
        return rule.then(detail, context);
      });
    });
  }

  const subscriptions = rules.filter((rule): rule is AnyEventRule => !isScheduled(rule)).map((rule) => listen(rule as EventRule));
  const scheduled = rules.filter(isScheduled);

  async function settled(): Promise<void> {
    while (pending.size > 0) await Promise.all(pending);
  }

  return {
    async tick(at, snapshot) {
      for (const rule of scheduled) {
        if (enabled.get(rule.id)) run(rule.id, () => rule.tick(snapshot, contextFor(rule.id, at)));
      }
      await settled();
    },
    setEnabled(ruleId, on) {
      if (enabled.has(ruleId)) enabled.set(ruleId, on);
    },
    isEnabled: (ruleId) => enabled.get(ruleId) ?? false,
    settled,
    dispose() {
      subscriptions.forEach((unsubscribe) => unsubscribe());
    },
  };
}
