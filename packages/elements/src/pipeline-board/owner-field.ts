import { html, nothing, type TemplateResult } from 'lit';

export interface OwnerFieldProps {
  readonly id: string;
  readonly label: string;
  readonly noOwner: string;
  readonly value: string;
  /** `[id, name]` of the people to choose from. */
  readonly owners: readonly (readonly [string, string])[];
  readonly onChange: (ownerId: string) => void;
}

/**
 * The owner of a deal, chosen by name. The one place the drawer picks a person: when the team's
 * member picker is available it replaces this function, and nothing else changes.
 */
export function renderOwnerField(props: OwnerFieldProps): TemplateResult {
  const known = props.owners.some(([id]) => id === props.value);
  return html`<label class="field">
    <span>${props.label}</span>
    <select id=${props.id} name="ownerId" @change=${(event: Event) => props.onChange((event.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!props.value}>${props.noOwner}</option>
      ${props.owners.map(([id, name]) => html`<option value=${id} ?selected=${id === props.value}>${name}</option>`)}
      ${props.value && !known ? html`<option value=${props.value} selected>${props.value}</option>` : nothing}
    </select>
  </label>`;
}
