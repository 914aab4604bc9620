import type { Agent, CrmTagAddEvent, ThemeName } from '@rapport/elements';
import { CrmContactCard, CrmProvider, CrmTicketWidget } from '@rapport/react';
import { useState } from 'react';

// The app's own staff and the customer it shows, as the demo data knows them.
const agents: readonly Agent[] = [
  { id: 'u-lin', name: '林静' },
  { id: 'u-zhang', name: '张磊' },
  { id: 'u-chen', name: '陳家豪' },
  { id: 'u-emma', name: 'Emma Clarke' },
];
const me = 'u-lin';
const customerId = 'c-001';
const ownerNames = Object.fromEntries(agents.map((agent) => [agent.id, agent.name]));
const languages = { en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文' } as const;
type Language = keyof typeof languages;
// The app's own custom field, labelled in each language it offers (the card shows the key otherwise).
const fieldLabels: Record<Language, Record<string, string>> = {
  en: { preferredLanguage: 'Preferred language' },
  'zh-Hans': { preferredLanguage: '惯用语言' },
  'zh-Hant': { preferredLanguage: '慣用語言' },
};

/**
 * An account manager's screen in a React app: the customer's card and the service desk, over the
 * demo data. The app keeps its own rules (no tags with spaces) by vetoing the card's cancelable
 * `crm-tag-add`, and keeps a log of what the widgets reported.
 */
export function AccountWorkspace() {
  const [language, setLanguage] = useState<Language>('en');
  const [theme, setTheme] = useState<ThemeName>('light');
  const [log, setLog] = useState<readonly string[]>([]);
  const note = (line: string) => setLog((lines) => [line, ...lines].slice(0, 6));

  const vetTag = (event: CrmTagAddEvent) => {
    const { contact, tag } = event.detail;
    if (/\s/.test(tag)) {
      event.preventDefault();
      note(`Refused the tag “${tag}”: tags in this app have no spaces.`);
    } else {
      note(`${contact.name} is now tagged “${tag}”.`);
    }
  };

  return (
    <div className={`workspace ${theme}`}>
      <header>
        <h1>Account workspace</h1>
        <label>
          Language
          <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            {Object.entries(languages).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Theme
          <select value={theme} onChange={(event) => setTheme(event.target.value as ThemeName)}>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </header>
      <CrmProvider demo>
        {/* The widgets speak the language chosen here; the app's own text stays English. */}
        <main lang={language}>
          <CrmContactCard contactId={customerId} ownerNames={ownerNames} fieldLabels={fieldLabels[language]} theme={theme} onCrmTagAdd={vetTag} />
          <CrmTicketWidget
            mode="agent"
            agentId={me}
            agents={agents}
            theme={theme}
            onCrmTicketOpen={(event) => note(`Opened ticket ${event.detail.ticketId}.`)}
          />
        </main>
      </CrmProvider>
      <section aria-labelledby="log-title">
        <h2 id="log-title">What the widgets reported</h2>
        <ol aria-live="polite" id="log">
          {log.map((line, index) => (
            <li key={`${log.length - index}`}>{line}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
