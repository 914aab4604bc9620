import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { Agent, CrmTagAddEvent, CrmTicketOpenEvent, ThemeName } from '@rapport/elements';

const languages = { en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文' } as const;
type Language = keyof typeof languages;
// The app's own custom field, labelled in each language it offers (the card shows the key otherwise).
const fieldLabels: Record<Language, Record<string, string>> = {
  en: { preferredLanguage: 'Preferred language' },
  'zh-Hans': { preferredLanguage: '惯用语言' },
  'zh-Hant': { preferredLanguage: '慣用語言' },
};

/**
 * An account manager's screen in an Angular app: the customer's card and the service desk, over
 * the demo data. `CUSTOM_ELEMENTS_SCHEMA` lets the template use the `crm-` tags; `[prop]` sets
 * their properties and `(crm-…)` listens to their events, with `$event` typed by its event class.
 */
@Component({
  selector: 'app-account-workspace',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <div class="workspace" [class.dark]="theme() === 'dark'">
      <header>
        <h1>Account workspace</h1>
        <label>
          Language
          <select [value]="language()" (change)="language.set($any($event.target).value)">
            @for (code of languageCodes; track code) {
              <option [value]="code">{{ languages[code] }}</option>
            }
          </select>
        </label>
        <label>
          Theme
          <select [value]="theme()" (change)="theme.set($any($event.target).value)">
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </header>
      <crm-provider [demo]="true">
        <!-- The widgets speak the language chosen here; the app's own text stays English. -->
        <main [lang]="language()">
          <crm-contact-card [contactId]="customerId" [ownerNames]="ownerNames" [fieldLabels]="fieldLabels[language()]" [theme]="theme()" (crm-tag-add)="vetTag($event)"></crm-contact-card>
          <crm-ticket-widget mode="agent" [agentId]="me" [agents]="agents" [theme]="theme()" (crm-ticket-open)="noteOpened($event)"></crm-ticket-widget>
        </main>
      </crm-provider>
      <section aria-labelledby="log-title">
        <h2 id="log-title">What the widgets reported</h2>
        <ol id="log" aria-live="polite">
          @for (line of log(); track $index) {
            <li>{{ line }}</li>
          }
        </ol>
      </section>
    </div>
  `,
})
export class AccountWorkspaceComponent {
  readonly agents: readonly Agent[] = [
    { id: 'u-lin', name: '林静' },
    { id: 'u-zhang', name: '张磊' },
    { id: 'u-chen', name: '陳家豪' },
    { id: 'u-emma', name: 'Emma Clarke' },
  ];
  readonly me = 'u-lin';
  readonly customerId = 'c-001';
  readonly ownerNames = Object.fromEntries(this.agents.map((agent) => [agent.id, agent.name]));
  readonly languages = languages;
  readonly fieldLabels = fieldLabels;
  readonly languageCodes = Object.keys(languages) as Language[];
  readonly language = signal<Language>('en');
  readonly theme = signal<ThemeName>('light');
  readonly log = signal<readonly string[]>([]);

  vetTag(event: CrmTagAddEvent): void {
    const { contact, tag } = event.detail;
    if (/\s/.test(tag)) {
      event.preventDefault();
      this.note(`Refused the tag “${tag}”: tags in this app have no spaces.`);
    } else {
      this.note(`${contact.name} is now tagged “${tag}”.`);
    }
  }

  noteOpened(event: CrmTicketOpenEvent): void {
    this.note(`Opened ticket ${event.detail.ticketId}.`);
  }

  private note(line: string): void {
    this.log.update((lines) => [line, ...lines].slice(0, 6));
  }
}
