import type { ActivityKind, ChannelKind } from '@rapport/core';
import type { ChurnFactor, ChurnKind, LifecycleStage, LoyaltyLevel, ProfitabilityTier, RfmSegment } from '@rapport/core/domain';
import type { MessagePack } from '../base/locale/message-pack.js';

/** Every string of `<crm-contact-card>`, per locale; shared words (save, cancel, errors) come from the base messages. */
export interface ContactCardMessages {
  /** Accessible name of the card. */
  readonly label: (name: string) => string;
  readonly noClient: string;
  /** What the edit button edits ("Edit details"). */
  readonly details: string;
  readonly yes: string;
  readonly no: string;
  readonly fields: Readonly<Record<'name' | 'title' | 'region' | 'industry' | 'account' | 'owner' | 'channels' | 'tags' | 'customFields', string>>;
  readonly channelKinds: Readonly<Record<ChannelKind, string>>;
  readonly tags: {
    readonly add: string;
    readonly inputLabel: string;
    readonly remove: (tag: string) => string;
  };
  readonly timeline: {
    readonly heading: string;
    readonly empty: string;
    /** Accessible name of the list, with the count already formatted. */
    readonly count: (count: string) => string;
    readonly kinds: Readonly<Record<ActivityKind, string>>;
    readonly due: (date: string) => string;
    readonly done: string;
  };
  readonly quickActions: Readonly<Record<'heading' | 'call' | 'note' | 'meeting' | 'task', string>>;
  readonly composer: {
    readonly defaultSubject: (kind: string, name: string) => string;
  };
  readonly relationship: {
    readonly heading: string;
    readonly lifecycle: string;
    readonly tier: string;
    readonly loyalty: string;
    readonly segment: string;
    readonly churn: string;
    readonly stages: Readonly<Record<LifecycleStage, string>>;
    readonly churnKinds: Readonly<Record<ChurnKind, string>>;
    readonly tiers: Readonly<Record<ProfitabilityTier, string>>;
    readonly loyaltyLevels: Readonly<Record<LoyaltyLevel, string>>;
    readonly segments: Readonly<Record<RfmSegment, string>>;
    readonly churnLevels: Readonly<Record<'low' | 'medium' | 'high', string>>;
    /** Why churn risk is raised; each gets the formatted day count or number. */
    readonly churnReasons: Readonly<Record<ChurnFactor, (value: string) => string>>;
  };
}

const en: ContactCardMessages = {
  label: (name) => `Contact: ${name}`,
  noClient: 'No data source is configured for this card.',
  details: 'details',
  yes: 'Yes',
  no: 'No',
  fields: {
    name: 'Name',
    title: 'Title',
    region: 'Region',
    industry: 'Industry',
    account: 'Account',
    owner: 'Owner',
    channels: 'Contact channels',
    tags: 'Tags',
    customFields: 'Custom fields',
  },
  channelKinds: { email: 'Email', web: 'Web', phone: 'Phone', mobile: 'Mobile', fax: 'Fax', address: 'Address' },
  tags: { add: 'Add tag', inputLabel: 'New tag', remove: (tag) => `Remove tag ${tag}` },
  timeline: {
    heading: 'Activities',
    empty: 'No activities yet.',
    count: (count) => `Activities (${count})`,
    kinds: { call: 'Call', email: 'Email', meeting: 'Meeting', note: 'Note', task: 'Task', letter: 'Letter' },
    due: (date) => `due ${date}`,
    done: 'done',
  },
  quickActions: { heading: 'Quick actions', call: 'Log a call', note: 'Add a note', meeting: 'Schedule a meeting', task: 'Add a task' },
  composer: {
    defaultSubject: (kind, name) => `${kind} with ${name}`,
  },
  relationship: {
    heading: 'Relationship',
    lifecycle: 'Lifecycle stage',
    tier: 'Value tier',
    loyalty: 'Loyalty',
    segment: 'RFM segment',
    churn: 'Churn risk',
    stages: { exploration: 'Exploration', formation: 'Formation', stability: 'Stability', decline: 'Decline', churned: 'Churned' },
    churnKinds: { active: 'left for a competitor', passive: 'ended by us' },
    tiers: { green: 'Green (profitable)', yellow: 'Yellow (break-even)', red: 'Red (loss-making)' },
    loyaltyLevels: {
      none: 'Not yet satisfied',
      satisfaction: 'Satisfied',
      trust: 'Trusting',
      behavioural: 'Loyal in behaviour',
      emotional: 'Loyal at heart',
      sustainable: 'Lastingly loyal',
    },
    segments: { champions: 'Champions', loyal: 'Loyal', new: 'New', potential: 'Potential', 'at-risk': 'At risk', hibernating: 'Hibernating', lost: 'Lost' },
    churnLevels: { low: 'Low', medium: 'Medium', high: 'High' },
    churnReasons: {
      recency: (days) => (days === '1' ? 'No order for a day longer than usual' : `No order for ${days} days longer than usual`),
      complaints: (count) => (count === '1' ? '1 service request in the last 6 months' : `${count} service requests in the last 6 months`),
      detractors: (count) => (count === '1' ? '1 detractor survey answer' : `${count} detractor survey answers`),
      'sla-breaches': (count) => (count === '1' ? '1 escalated service request' : `${count} escalated service requests`),
    },
  },
};

/** English in the bundle; each translation is its own chunk, fetched the first time a card shows it. */
export const contactCardMessages: MessagePack<ContactCardMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./contact-card.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./contact-card.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
