import type { Account } from '../schema/account.js';
import type { AcquisitionSource, Channel } from '../schema/common.js';
import type { Contact } from '../schema/contact.js';
import {
  companies,
  contactTags,
  demoUsers,
  hansFamilyNames,
  hansGivenNames,
  hantFamilyNames,
  hantGivenNames,
  latinFamilyNames,
  latinGivenNames,
  titles,
  type DemoCompany,
  type Script,
} from './catalog.js';
import { DAY_MS, demoId, officeHoursAgo, stored, type DemoContext } from './demo-context.js';

const sources: ReadonlyArray<readonly [AcquisitionSource, number]> = [
  ['web', 5], ['referral', 3], ['event', 2], ['phone', 2], ['partner', 1], ['social', 1], ['advertising', 1],
];

export interface DemoPerson {
  readonly name: string;
  readonly givenName: string;
  readonly familyName: string;
  /** ASCII local part for an email address. */
  readonly mailbox: string;
}

/** A name in the script of the person's market: 王芳, 陳美玲 or Emma Schmidt. */
export function demoPerson(context: DemoContext, script: Script): DemoPerson {
  const { random } = context;
  if (script === 'latin') {
    const givenName = random.pick(latinGivenNames);
    const familyName = random.pick(latinFamilyNames);
    return { name: `${givenName} ${familyName}`, givenName, familyName, mailbox: `${ascii(givenName)}.${ascii(familyName)}` };
  }
  const [family, familyRoman] = random.pick(script === 'hans' ? hansFamilyNames : hantFamilyNames);
  const [given, givenRoman] = random.pick(script === 'hans' ? hansGivenNames : hantGivenNames);
  return { name: `${family}${given}`, givenName: given, familyName: family, mailbox: `${givenRoman}.${familyRoman}` };
}

function ascii(text: string): string {
  return text.normalize('NFD').toLowerCase().replace(/[^a-z]/g, '');
}

export function demoPhone(context: DemoContext, script: Script, region: string): string {
  const digits = (count: number) => Array.from({ length: count }, () => context.random.int(0, 9)).join('');
  if (script === 'hans') return `+86 13${context.random.int(0, 9)} ${digits(4)} ${digits(4)}`;
  if (region === '港澳台' && script === 'hant' && context.random.chance(0.5)) return `+852 ${digits(4)} ${digits(4)}`;
  if (script === 'hant') return `+886 9${digits(2)} ${digits(3)} ${digits(3)}`;
  return region === 'North America' ? `+1 555 ${digits(3)} ${digits(4)}` : `+44 20 ${digits(4)} ${digits(4)}`;
}

export function demoAccounts(context: DemoContext): Account[] {
  return companies.map((company, index) => ({
    ...stored(demoId('a', index), context.nowMs - context.random.int(500, 900) * DAY_MS),
    name: company.name,
    industry: company.industry,
    region: company.region,
    tier: company.tier,
    ownerId: (demoUsers[index % demoUsers.length] as (typeof demoUsers)[number]).id,
    website: `https://www.${company.domain}`,
    tags: company.tier === 'platinum' ? ['key-account'] : [],
    customFields: { employees: context.random.int(2, 200) * 10 },
  }));
}

/** `c-001` is 王芳, the buyer at 上海云杉科技 (a-001) the demo page opens on. */
export function demoContacts(context: DemoContext, accounts: readonly Account[], count: number): Contact[] {
  const { random } = context;
  return Array.from({ length: count }, (_, index) => {
    const accountIndex = index === 0 ? 0 : random.chance(0.1) ? -1 : random.int(0, accounts.length - 1);
    const account = accounts[accountIndex];
    const company: DemoCompany | undefined = companies[accountIndex];
    const script = company?.script ?? random.weighted<Script>([['hans', 3], ['hant', 1], ['latin', 2]]);
    const region = company?.region ?? (script === 'latin' ? 'EMEA' : script === 'hant' ? '港澳台' : '华东');
    const person = index === 0 ? { name: '王芳', givenName: '芳', familyName: '王', mailbox: 'fang.wang' } : demoPerson(context, script);
    const domain = company?.domain ?? (script === 'latin' ? 'mail.example' : 'mail.example.cn');
    const channels: Channel[] = [
      { kind: 'email', value: `${person.mailbox}@${domain}`, primary: true },
      { kind: 'mobile', value: demoPhone(context, script, region) },
    ];
    if (index === 0 || random.chance(0.3)) channels.push({ kind: 'phone', value: demoPhone(context, script, region), label: script === 'latin' ? 'Office' : '办公室' });
    if (index === 0) channels.push({ kind: 'address', value: '上海市浦东新区张江路 88 号' });
    const createdMs = officeHoursAgo(context, random.int(400, 730));
    return {
      ...stored(demoId('c', index), createdMs, random.chance(0.4) ? officeHoursAgo(context, random.int(1, 300)) : createdMs),
      name: person.name,
      givenName: person.givenName,
      familyName: person.familyName,
      ...(account ? { accountId: account.id, industry: account.industry } : {}),
      title: index === 0 ? '采购经理' : random.pick(titles[script]),
      ownerId: account?.ownerId ?? random.pick(demoUsers).id,
      region,
      channels,
      tags: index === 0 ? ['vip', 'decision-maker'] : random.sample(contactTags, random.weighted([[0, 3], [1, 3], [2, 1]])),
      customFields: { preferredLanguage: script === 'latin' ? 'en' : script === 'hans' ? 'zh-Hans' : 'zh-Hant' },
      consent: index === 0 ? { email: true, phone: true, marketing: true } : { email: random.chance(0.8), phone: random.chance(0.5), marketing: random.chance(0.3) },
      source: index === 0 ? 'referral' : random.weighted(sources),
    };
  });
}

export function scriptOf(contact: Contact): Script {
  const language = contact.customFields.preferredLanguage;
  return language === 'en' ? 'latin' : language === 'zh-Hant' ? 'hant' : 'hans';
}
