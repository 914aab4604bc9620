import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchOnce, type FetchOnce } from '../base/fetch-once.js';
import { holdUpdates } from '../base/pending-work.js';
import type { OutboxTarget } from './feedback-outbox.js';
import { outboxNeedsForm } from './outbox-mark.js';
import type { ResponseSender } from './response-sender.js';
import type * as SubmitPathModule from './submit-path.js';

export type SubmitPath = typeof SubmitPathModule;

type LoaderHost = ReactiveControllerHost & HTMLElement;

/** What shows the visitor is about to answer; composed, so they reach the form from inside its shadow root. */
const INTENT = ['focusin', 'pointerdown', 'input'] as const;

/**
 * Fetches the submit path (the sender and its durable outbox, the spam checks, the thank-you
 * state) once the form has rendered and the page is idle, or at the visitor's first interaction if
 * that comes sooner: long before they can send, so the answers still go out, or wait in the outbox,
 * when the network drops while they fill the form in. The form's first render does not wait for it.
 * It is fetched at once when the outbox holds responses this form must send or offer again (also
 * when another tab queues one later: a form whose survey could not load tells of it). A
 * fetch that failed (offline) is forgotten: the next interaction or submission tries again.
 */
export class SubmitLoader implements ReactiveController {
  readonly #host: LoaderHost;
  /** Fetches the submit path once, and makes the form's sender with it; a failed fetch is tried again on the next call. */
  readonly #fetch: FetchOnce<SubmitPath>;
  readonly #target: () => OutboxTarget | undefined;
  readonly #offline: () => boolean;
  #path: SubmitPath | undefined;
  #sender: ResponseSender | undefined;
  /** The latest submission asked for before the path was loaded, and what to do if it cannot be. */
  #waiting: { readonly run: (path: SubmitPath, sender: ResponseSender) => void; readonly failed: () => void } | undefined;
  /** The outbox (name and group) whose mark was last looked at, so a failed fetch for it is not retried at every render. */
  #checked: string | undefined;
  /** Whether the survey is on screen, after which the path is fetched when the page is idle. */
  readonly #shown: () => boolean;
  #idleAsked = false;

  constructor(host: LoaderHost, load: () => Promise<SubmitPath>, target: () => OutboxTarget | undefined, offline: () => boolean, shown: () => boolean) {
    this.#host = host;
    this.#fetch = fetchOnce(async () => {
      const path = await load();
      this.#path = path;
      this.#sender = new path.ResponseSender(this.#host, this.#target, this.#offline);
      for (const type of INTENT) this.#host.removeEventListener(type, this.#onIntent);
      this.#host.requestUpdate();
      return path;
    });
    this.#target = target;
    this.#offline = offline;
    this.#shown = shown;
    host.addController(this);
  }

  /** The submit path, once loaded. */
  get path(): SubmitPath | undefined {
    return this.#path;
  }

  /** The form's sender, once the submit path is loaded. */
  get sender(): ResponseSender | undefined {
    return this.#sender;
  }

  /** Whether a submission waits for the submit path to load. */
  get waiting(): boolean {
    return this.#waiting !== undefined;
  }

  /** Sends with the submit path: at once when it is loaded, else once it is; `failed` when it cannot be fetched. */
  submit(run: (path: SubmitPath, sender: ResponseSender) => void, failed: () => void): void {
    if (this.#path && this.#sender) {
      run(this.#path, this.#sender);
      return;
    }
    this.#waiting = { run, failed };
    this.#host.requestUpdate();
    const started = this.#fetch().then(
      (path) => {
        const waiting = this.#waiting;
        this.#waiting = undefined;
        if (waiting && this.#sender) waiting.run(path, this.#sender);
      },
      () => {
        const waiting = this.#waiting;
        this.#waiting = undefined;
        waiting?.failed();
        this.#host.requestUpdate();
      },
    );
    holdUpdates(this.#host, started);
  }

  hostConnected(): void {
    if (this.#path) return;
    this.#checked = undefined;
    for (const type of INTENT) this.#host.addEventListener(type, this.#onIntent);
    globalThis.addEventListener('storage', this.#onStorage);
    this.#idleAsked = false;
    this.#fetchForOutbox();
  }

  // The client may arrive after connecting (from a provider), or change; so may the survey.
  hostUpdated(): void {
    this.#fetchForOutbox();
    // Not before the survey shows: the page's first content must not wait behind this fetch.
    if (!this.#path && !this.#idleAsked && this.#shown()) {
      this.#idleAsked = true;
      whenIdle(this.#onIntent);
    }
  }

  hostDisconnected(): void {
    for (const type of INTENT) this.#host.removeEventListener(type, this.#onIntent);
    globalThis.removeEventListener('storage', this.#onStorage);
  }

  readonly #onIntent = (): void => {
    this.#fetch().catch(() => undefined);
  };

  /** Another tab may have queued a response in this form's outbox: look at its mark again. */
  readonly #onStorage = (): void => {
    this.#checked = undefined;
    this.#fetchForOutbox();
  };

  #fetchForOutbox(): void {
    if (this.#path) return;
    const target = this.#target();
    const key = target && `${target.name}\n${target.group}`;
    if (!target || key === this.#checked) return;
    this.#checked = key;
    if (outboxNeedsForm(target.name, target.group)) this.#fetch().catch(() => undefined);
  }
}

/** Runs `task` once the page is idle after rendering (soon, where `requestIdleCallback` is missing). */
function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
