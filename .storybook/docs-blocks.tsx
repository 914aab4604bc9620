// Blocks of the docs pages. The text comes from `docs/`, so each page is written once; the token
// and styling tables are read from the code they describe: the system tokens from the theme's own
// CSS, each widget's parts and custom properties from the custom-elements manifest. A page that
// can no longer read them fails to render (and the story check fails), instead of going stale.
import { themeTokens } from '../packages/elements/src/base/theme/tokens.js';
import { Markdown } from '@storybook/addon-docs/blocks';
import type { ReactNode } from 'react';
import manifest from '../packages/elements/custom-elements.json';

interface Documented {
  readonly name: string;
  readonly description?: string;
}

interface Widget {
  readonly tagName: string;
  readonly cssParts: readonly Documented[];
  readonly cssProperties: readonly Documented[];
}

/** A default value, and the reference token it reads when it comes from the palette. */
interface TokenValue {
  readonly value: string;
  readonly reference: string | undefined;
}

interface SystemToken {
  readonly name: string;
  readonly light: TokenValue;
  readonly dark: TokenValue;
}

/** Every widget that exposes parts, in tag order. */
function styledWidgets(): Widget[] {
  const widgets: Widget[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const candidate = declaration as Partial<Widget> & { customElement?: boolean };
      if (!candidate.customElement || !candidate.tagName || !candidate.cssParts?.length) continue;
      widgets.push({ tagName: candidate.tagName, cssParts: candidate.cssParts, cssProperties: candidate.cssProperties ?? [] });
    }
  }
  if (widgets.length === 0) throw new Error('The custom-elements manifest lists no widget with parts: run `npm run analyze`.');
  return widgets.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** `--_color-primary: var(--crm-color-primary, var(--crm-ref-color-blue-600, #2563eb));` → its public name and default. */
const declaration = /--_[\w-]+: var\(--(crm-[\w-]+), (.*)\);/g;
const referenceValue = /^var\(--crm-(ref-[\w-]+), (.*)\)$/;

function declarationsOf(block: string): Map<string, string> {
  return new Map([...block.matchAll(declaration)].map((match) => [match[1] ?? '', match[2] ?? '']));
}

function tokenValue(fallback: string): TokenValue {
  const reference = referenceValue.exec(fallback);
  return reference ? { value: reference[2] ?? '', reference: `--crm-${reference[1]}` } : { value: fallback, reference: undefined };
}

/** The system tier with its light and dark defaults, as `themeTokens` declares them. */
function systemTokens(): SystemToken[] {
  const css = themeTokens.cssText;
  const light = declarationsOf(css.slice(0, css.indexOf('@media')));
  const dark = declarationsOf(css.slice(css.indexOf(":host([theme='dark'])")));
  if (light.size === 0 || dark.size === 0) throw new Error('The theme tokens no longer read as `--_name: var(--crm-name, default);`.');
  return [...light].map(([name, lightValue]) => ({ name: `--${name}`, light: tokenValue(lightValue), dark: tokenValue(dark.get(name) ?? lightValue) }));
}

function Swatch({ value, reference }: TokenValue) {
  const colour = value.startsWith('#');
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4rem', flexWrap: 'wrap' }}>
      {colour ? <span aria-hidden="true" style={{ width: '1rem', height: '1rem', borderRadius: '3px', border: '1px solid #9ca3af', background: value }} /> : null}
      <code>{value}</code>
      {reference ? <small>{reference}</small> : null}
    </span>
  );
}

export function SystemTokenTable() {
  return (
    <table>
      <thead>
        <tr>
          <th>token</th>
          <th>light (reference token)</th>
          <th>dark (reference token)</th>
        </tr>
      </thead>
      <tbody>
        {systemTokens().map((token) => (
          <tr key={token.name}>
            <td style={{ whiteSpace: 'nowrap' }}>
              <code>{token.name}</code>
            </td>
            <td>
              <Swatch {...token.light} />
            </td>
            <td>
              <Swatch {...token.dark} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DocumentedList({ items }: { readonly items: readonly Documented[] }) {
  return (
    <table>
      <tbody>
        {items.map((item) => (
          <tr key={item.name}>
            <td>
              <code>{item.name}</code>
            </td>
            <td>{item.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each widget's own custom properties (the component tier) and its parts. */
export function WidgetStyling() {
  return (
    <>
      {styledWidgets().map((widget) => (
        <section key={widget.tagName}>
          <h3>
            <code>{`<${widget.tagName}>`}</code>
          </h3>
          <h4>Custom properties</h4>
          <DocumentedList items={widget.cssProperties.filter((property) => property.name.startsWith(`--${widget.tagName}-`))} />
          <h4>Parts</h4>
          <DocumentedList items={widget.cssParts.map((part) => ({ ...part, name: `::part(${part.name})` }))} />
        </section>
      ))}
    </>
  );
}

/**
 * A page of `docs/` as Storybook shows it. Its links to other pages of the repository lead nowhere
 * here, so they show the path to open instead.
 */
export function RepositoryDoc({ source }: { readonly source: string }) {
  const options = {
    overrides: {
      a: ({ href = '', children }: { readonly href?: string; readonly children?: ReactNode }) =>
        /^(https?:|#)/.test(href) ? <a href={href}>{children}</a> : <span>{children} (<code>{`docs/${href}`}</code>)</span>,
    },
  };
  return <Markdown options={options}>{source}</Markdown>;
}
