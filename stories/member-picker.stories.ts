import { createCrmClient, type CrmClient } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { createDemoAdapter } from '@rapport/core/demo';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// Internal building block of the widgets (owner and assignee fields), registered here as a page would after loading it on use.
import { loadMemberPicker } from '../packages/elements/src/base/member-picker-loader.js';
import type { CrmMemberPicker } from '../packages/elements/src/base/member-picker.js';
import { failingClient, pendingClient } from './story-clients.js';

// Defined as soon as the chunk arrives; pickers on the page upgrade then.
void loadMemberPicker(document.body);

const NOW = new Date('2025-03-03T09:15:00Z');

/** The demo team: 林静, 张磊, 陳家豪, Emma Clarke, and 王涛 who has left (never offered). */
function demoClient(): CrmClient {
  return createCrmClient({ adapter: createDemoAdapter({ now: NOW, size: 12 }), now: () => NOW });
}

const meta: Meta<CrmMemberPicker> = {
  title: 'Building blocks/Member picker',
  component: 'crm-member-picker',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<CrmMemberPicker>;

const picker = (client: CrmClient, attributes: { value?: string; lang?: string; label?: string; clearable?: boolean } = {}) =>
  html`<div style="max-width: 20rem; min-height: 18rem">
    <crm-member-picker .client=${client} label=${attributes.label ?? 'Owner'} value=${attributes.value ?? ''} lang=${attributes.lang ?? 'en'} ?clearable=${attributes.clearable}></crm-member-picker>
  </div>`;

/** Opens the list as ↓ does, so the story shows the members. */
async function openList(canvasElement: HTMLElement): Promise<void> {
  const element = canvasElement.querySelector<CrmMemberPicker>('crm-member-picker');
  await element?.updateComplete;
  const input = element?.shadowRoot?.querySelector('input');
  input?.focus();
  input?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
  await element?.updateComplete;
}

export const Chosen: Story = { render: () => picker(demoClient(), { value: 'u-lin' }) };

export const Open: Story = { render: () => picker(demoClient(), { value: 'u-emma' }), play: ({ canvasElement }) => openList(canvasElement) };

export const ClearableSimplifiedChinese: Story = {
  name: 'Clearable (简体中文)',
  render: () => picker(demoClient(), { value: 'u-zhang', lang: 'zh-Hans', label: '负责人', clearable: true }),
  play: ({ canvasElement }) => openList(canvasElement),
};

export const TraditionalChinese: Story = {
  name: '繁體中文',
  render: () => picker(demoClient(), { value: 'u-chen', lang: 'zh-Hant', label: '處理人' }),
};

export const Loading: Story = { render: () => picker(pendingClient()), play: ({ canvasElement }) => openList(canvasElement) };

export const NoMembers: Story = {
  name: 'Empty (no active members)',
  render: () => picker(createCrmClient({ adapter: createMemoryAdapter() })),
  play: ({ canvasElement }) => openList(canvasElement),
};

export const Failed: Story = { render: () => picker(failingClient()), play: ({ canvasElement }) => openList(canvasElement) };
