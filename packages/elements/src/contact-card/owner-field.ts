import { html, nothing, type TemplateResult } from 'lit';

export interface OwnerFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** People who can own the contact, by user id, as the card knows them. */
  readonly names: Readonly<Record<string, string>>;
  readonly onChange: (ownerId: string) => void;
}

/**
 * The owner's control in the contact editor: a choice among the people the card can name (the
 * host's `owner-names`), the current owner always included. The one place to swap for the team's
 * member picker. Without anyone to choose, there is no control.
 */
export function renderOwnerField({ id, label, value, names, onChange }: OwnerFieldProps): TemplateResult | typeof nothing {
  const ids = Object.keys(names);
  if (value && !ids.includes(value)) ids.unshift(value);
  if (ids.length === 0) return nothing;
  return html`<div part="field" class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
      ${ids.map((owner) => html`<option value=${owner} ?selected=${owner === value}>${Object.hasOwn(names, owner) ? names[owner] : owner}</option>`)}
    </select>
  </div>`;
}
