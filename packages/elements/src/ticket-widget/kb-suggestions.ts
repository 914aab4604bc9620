import type { CrmClient, KbArticle } from '@rapport/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rankArticles } from './kb-ranking.js';

const DEBOUNCE_MS = 250;

/**
 * The articles suggestions are ranked from: read once, then served from the client's cache. Drafts
 * are left out after reading, since a record stored without `published` is published by default.
 */
const ARTICLE_QUERY = { limit: 500 } as const;

/**
 * Knowledge-base articles that may answer what the customer is typing, searched 250 ms after the
 * typing pauses. Suggestions are advice: when the articles cannot be read, there are none.
 */
export class KbSuggestions implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #client: () => CrmClient | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #latest = '';
  #articles: KbArticle[] = [];

  constructor(host: ReactiveControllerHost, client: () => CrmClient | undefined) {
    this.#host = host;
    this.#client = client;
    host.addController(this);
  }

  get articles(): readonly KbArticle[] {
    return this.#articles;
  }

  search(text: string): void {
    clearTimeout(this.#timer);
    this.#latest = text;
    this.#timer = setTimeout(() => void this.#run(text), DEBOUNCE_MS);
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#latest = '';
    this.#articles = [];
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  async #run(text: string): Promise<void> {
    const client = this.#client();
    const articles =
      client && text.trim() ? await client.kbArticles.fetchList(ARTICLE_QUERY).then((page) => rankArticles(page.items.filter((article) => article.published), text), () => []) : [];
    // A later search started while this one read the articles: its result wins.
    if (text !== this.#latest) return;
    this.#articles = articles;
    this.#host.requestUpdate();
  }
}
