import { css, unsafeCSS, type CSSResult } from 'lit';

/*
 * Three tiers, as in Material's token system:
 *   reference  --crm-ref-*        the raw palette; change one to rebrand every use of it
 *   system     --crm-*            roles (primary, surface, danger, radius, font, spacing)
 *   component  --crm-<widget>-*   one widget's knobs, defaulting to system roles
 * Widgets never declare the public properties themselves: they read them with a fallback into
 * private `--_*` properties, so a value set on any ancestor (or the page root) wins over the default.
 */

const ref = (name: string, value: string): string => `var(--crm-ref-${name}, ${value})`;

/** System colour roles: [light default, dark default]. */
const colorRoles: Readonly<Record<string, readonly [string, string]>> = {
  'color-primary': [ref('color-blue-600', '#2563eb'), ref('color-blue-300', '#93c5fd')],
  'color-on-primary': [ref('color-white', '#ffffff'), ref('color-gray-950', '#030712')],
  'color-surface': [ref('color-white', '#ffffff'), ref('color-gray-900', '#111827')],
  'color-surface-muted': [ref('color-gray-50', '#f9fafb'), ref('color-gray-800', '#1f2937')],
  'color-on-surface': [ref('color-gray-900', '#111827'), ref('color-gray-100', '#f3f4f6')],
  'color-on-surface-muted': [ref('color-gray-600', '#4b5563'), ref('color-gray-400', '#9ca3af')],
  'color-border': [ref('color-gray-200', '#e5e7eb'), ref('color-gray-700', '#374151')],
  'color-danger': [ref('color-red-700', '#b91c1c'), ref('color-red-300', '#fca5a5')],
  'color-danger-surface': [ref('color-red-50', '#fef2f2'), ref('color-red-950', '#450a0a')],
  'color-warning': [ref('color-amber-800', '#92400e'), ref('color-amber-300', '#fcd34d')],
  'color-warning-surface': [ref('color-amber-50', '#fffbeb'), ref('color-amber-950', '#451a03')],
  'color-success': [ref('color-green-700', '#15803d'), ref('color-green-300', '#86efac')],
  'color-success-surface': [ref('color-green-50', '#f0fdf4'), ref('color-green-950', '#052e16')],
  'color-skeleton': [ref('color-gray-200', '#e5e7eb'), ref('color-gray-700', '#374151')],
};

/** System roles that do not change between light and dark. */
const shapeRoles: Readonly<Record<string, string>> = {
  'font-family': ref('font-sans', 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif'),
  'font-size': '0.875rem',
  'font-size-small': '0.75rem',
  'font-size-large': '1.125rem',
  'line-height': '1.5',
  radius: '0.5rem',
  'radius-small': '0.25rem',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-6': '1.5rem',
  'focus-ring-width': '2px',
  shadow: '0 1px 3px rgb(0 0 0 / 0.12)',
};

function declarations(roles: Readonly<Record<string, string>>): CSSResult {
  return unsafeCSS(
    Object.entries(roles)
      .map(([name, fallback]) => `--_${name}: var(--crm-${name}, ${fallback});`)
      .join('\n'),
  );
}

function colorsOf(mode: 0 | 1): CSSResult {
  return declarations(Object.fromEntries(Object.entries(colorRoles).map(([name, pair]) => [name, pair[mode]])));
}

/**
 * The system tokens of every widget, resolved into private `--_*` properties: light by default,
 * dark under `prefers-color-scheme: dark` unless `theme="light"`, and dark with `theme="dark"`.
 */
export const themeTokens = css`
  :host {
    ${declarations(shapeRoles)}
    ${colorsOf(0)}
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${colorsOf(1)}
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    ${colorsOf(1)}
    color-scheme: dark;
  }
`;
