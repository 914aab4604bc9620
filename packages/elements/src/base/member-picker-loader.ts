import { fetchOnce } from './fetch-once.js';
import { defineScoped, scopedTagName } from './registry.js';

const pickerModule = fetchOnce(() => import('./member-picker.js'));

/**
 * Fetches `<crm-member-picker>` (a chunk of its own: no widget's first load carries it) and
 * registers it under `host`'s prefix; resolves to the tag to create (`crm-member-picker`, or
 * `acme-member-picker` beside `<acme-pipeline-board>`). Call it from the part that shows an owner
 * or assignee field, typically inside that part's own chunk.
 */
export async function loadMemberPicker(host: Element): Promise<string> {
  const { CrmMemberPicker } = await pickerModule();
  const tagName = scopedTagName(host, 'member-picker');
  const prefix = tagName.slice(0, -'member-picker'.length);
  defineScoped(prefix, 'member-picker', CrmMemberPicker);
  return tagName;
}
