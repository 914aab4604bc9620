import { createContext } from '@lit/context';
import type { CrmClient } from '@rapport/core';

/**
 * The client a `<crm-provider>` hands down. The key is a symbol, not a string, so two copies of
 * the library on one page never hand each other a client of the wrong version.
 */
export const clientContext = createContext<CrmClient | undefined>(Symbol('rapport-client'));
