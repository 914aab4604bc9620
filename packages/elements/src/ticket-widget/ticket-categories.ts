import type { CrmError, ListQueryKey, Page, TicketCategoryRecord } from '@rapport/core';
import { localizedText } from '../base/custom-field-display.js';
import { QueryController } from '../base/query-controller.js';
import { CATEGORY_QUERY } from './first-reads.js';
import type { TicketCategory } from './submit-form.js';
import { defaultCategories, type DefaultCategory } from './ticket-widget.messages.js';
import type { WidgetContext, WidgetHost } from './widget-context.js';

/**
 * Names a ticket's category as the tenant labels it (`ticketCategories`) in the reader's locale;
 * a key the tenant has no record for falls back to the widget's standard categories, and any other
 * text (a category written by hand elsewhere) shows as it is.
 */
export class TicketCategories {
  readonly #list: QueryController<Page<TicketCategoryRecord>, CrmError, ListQueryKey<'ticketCategories'>>;

  constructor(host: WidgetHost, context: () => WidgetContext | undefined) {
    this.#list = new QueryController(host, () => {
      const client = context()?.client;
      return client ? { queryClient: client.queryClient, options: client.ticketCategories.listQuery(CATEGORY_QUERY) } : undefined;
    });
  }

  /** The tenant's active categories to offer a customer, by its labels; `undefined` until they are read, or when it keeps none. */
  offered({ format }: WidgetContext): TicketCategory[] | undefined {
    const active = this.#list.result?.data?.items.filter((category) => category.active);
    return active?.length ? active.map((category) => ({ value: category.key, label: localizedText(category.label, format.locale) })) : undefined;
  }

  nameOf(key: string, { m, format }: WidgetContext): string {
    const record = this.#list.result?.data?.items.find((category) => category.key === key);
    if (record) return localizedText(record.label, format.locale);
    return (defaultCategories as readonly string[]).includes(key) ? m.categories[key as DefaultCategory] : key;
  }
}
