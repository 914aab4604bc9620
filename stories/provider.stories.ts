import { DEMO_IDS } from '@rapport/core/demo';
import type { CrmProvider } from '@rapport/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta<CrmProvider> = {
  title: 'Setup/Provider',
  component: 'crm-provider',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<CrmProvider>;

/** The whole embed of a plain HTML page: no script of its own, the demo data served in memory. */
export const Demo: Story = {
  render: () => html`<crm-provider demo>
    <div style="display: grid; gap: 1rem; max-width: 40rem">
      <crm-contact-card contact-id=${DEMO_IDS.contact} variant="compact" lang="zh-Hans"></crm-contact-card>
      <crm-contact-card contact-id=${DEMO_IDS.contact}></crm-contact-card>
    </div>
  </crm-provider>`,
};
