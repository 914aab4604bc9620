// Type-level tests, checked by `tsc -p tsconfig.json`: each `@ts-expect-error` line must fail to
// compile, so a wrapper that stops typing its props or its handlers fails the typecheck.
import type { CrmClient } from '@rapport/core';
import type { CrmContactUpdatedEvent, CrmTagAddEvent } from '@rapport/elements';
import type { ComponentProps } from 'react';
import { CrmContactCard, CrmProvider } from './index.js';

type ContactCardProps = ComponentProps<typeof CrmContactCard>;
type ProviderProps = ComponentProps<typeof CrmProvider>;

export const typedProps: ContactCardProps = { contactId: 'c-001', variant: 'compact', theme: 'dark', ownerNames: { 'u-lin': '林静' } };

// @ts-expect-error a contact id is a string
export const numericId: ContactCardProps = { contactId: 1 };

// @ts-expect-error the variant is 'full' or 'compact'
export const unknownVariant: ContactCardProps = { variant: 'wide' };

// @ts-expect-error the theme is 'light' or 'dark'
export const unknownTheme: ContactCardProps = { theme: 'sepia' };

export const typedHandler: ContactCardProps = {
  onCrmTagAdd: (event: CrmTagAddEvent) => {
    if (event.detail.tag.startsWith('internal:')) event.preventDefault();
  },
  onCrmContactUpdated: (event) => event.detail.previous.name,
};

export const wrongHandler: ContactCardProps = {
  // @ts-expect-error a tag-add handler receives a CrmTagAddEvent, which has no `previous`
  onCrmTagAdd: (event: CrmContactUpdatedEvent) => event.detail.previous,
};

export const readsMissingField: ContactCardProps = {
  // @ts-expect-error the detail of crm-tag-add has `contact` and `tag` only
  onCrmTagAdd: (event) => event.detail.patch,
};

// @ts-expect-error the contact card fires no crm-deal-move
export const foreignEvent: ContactCardProps = { onCrmDealMove: () => undefined };

export const providerProps: ProviderProps = { demo: true };

// @ts-expect-error `client` takes a CrmClient, not an endpoint
export const providerEndpoint: ProviderProps = { client: 'https://crm.example.com' };

export const providerClient = (client: CrmClient): ProviderProps => ({ client });
