// The custom-elements manifest of @rapport/elements, read straight from the sources with the
// project's analyzer config (the same one `npm run build` uses), so the files generated from it
// never depend on a build having run first. Shared by the React wrapper and events doc generators.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/** The tag prefix `@rapport/elements/define` registers every widget with. */
export const defaultPrefix = 'crm-';

/** Analyses the elements' JSDoc in memory; writes nothing. */
export function analyzeElements() {
  return cli({ argv: ['analyze', '--quiet'], cwd: repositoryRoot, noWrite: true });
}

/**
 * Every widget of the manifest, in tag order: a class with a tag name (`@tag` in its JSDoc), its
 * summary, and the events its JSDoc declares with `@fires`.
 */
export function widgetsOf(manifest) {
  const widgets = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || !declaration.customElement || !declaration.tagName) continue;
      widgets.push({
        tagName: declaration.tagName,
        className: declaration.name,
        summary: declaration.summary ?? '',
        events: firedEvents(declaration),
      });
    }
  }
  return widgets.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * The analyzer lists both the `@fires` tags and every `dispatchEvent(new X(detail))` call, the
 * latter named after the call's argument (`detail`): only names that are event names count.
 */
function firedEvents(declaration) {
  const byName = new Map();
  for (const event of declaration.events ?? []) {
    if (!event.name?.startsWith(defaultPrefix) || !event.type?.text || byName.has(event.name)) continue;
    byName.set(event.name, { name: event.name, className: event.type.text, description: event.description ?? '' });
  }
  return [...byName.values()];
}

/** `crm-contact-card` → `contact-card`: the tag after the prefix, which names the widget's entries. */
export function baseNameOf(widget) {
  return widget.tagName.startsWith(defaultPrefix) ? widget.tagName.slice(defaultPrefix.length) : widget.tagName;
}

/** Where a class is declared: the manifest path of its module. */
export function modulePathOf(manifest, className) {
  return manifest.modules.find((module) => module.declarations?.some((declaration) => declaration.name === className))?.path;
}

/** `crm-deal-move` → `onCrmDealMove`: the React prop of an event. */
export function handlerPropOf(eventName) {
  return `on${eventName.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('')}`;
}

/**
 * Writes `files` (repository-relative path → text) and deletes `obsolete` ones; with `check`,
 * changes nothing. Returns the paths that were, or would be, changed.
 */
export function syncFiles(files, { check, obsolete = [] }) {
  const changed = [];
  for (const [path, text] of files) {
    const target = join(repositoryRoot, path);
    if (existsSync(target) && readFileSync(target, 'utf8') === text) continue;
    changed.push(path);
    if (check) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  for (const path of obsolete) {
    changed.push(path);
    if (!check) rmSync(join(repositoryRoot, path));
  }
  return changed;
}

/**
 * The command line of a generator: `--check` exits with 1 and names the files that are out of
 * date instead of writing them.
 */
export function reportSync(changed, { check, command }) {
  if (check) {
    if (changed.length === 0) return;
    console.error(`Out of date with the elements' JSDoc: ${changed.join(', ')}. Run \`${command}\` and commit the result.`);
    process.exit(1);
  }
  console.log(changed.length ? `updated ${changed.join(', ')}` : 'up to date');
}
