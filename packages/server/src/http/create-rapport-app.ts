import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { Authenticator } from '../auth/authenticator.js';
import type { Database } from '../database/database.js';
import { automationRoutes } from '../automation/automation-routes.js';
import { AutomationWorker, type AutomationWorkerOptions } from '../automation/automation-worker.js';
import { customerMeasuresRoutes } from '../automation/customer-measures-routes.js';
import { surveySummaryRoutes } from '../surveys/survey-summary-routes.js';
import { ChangeFeed } from '../live/change-feed.js';
import { openApiDocument } from '../openapi/openapi-document.js';
import { RecordService } from '../records/record-service.js';
import { pruneExpired } from '../storage/maintenance.js';
import { COUNT_BUDGET_MS, EXACT_TOTAL_LIMIT, RecordStore } from '../storage/record-store.js';
import { WebhookAddressPolicy } from '../webhooks/webhook-address-policy.js';
import { webhookRetryForMs, type WebhookDeliveryOptions } from '../webhooks/webhook-delivery.js';
import { webhookRoutes } from '../webhooks/webhook-routes.js';
import { WebhookStore } from '../webhooks/webhook-store.js';
import type { AppEnv } from './app-env.js';
import { TenantPresence } from '../live/tenant-presence.js';
import { changeStreamRoute } from './change-stream-route.js';
import { presenceRoutes } from './presence-routes.js';
import { callerMiddleware } from './caller-middleware.js';
import { notFoundResponse, problemFor, problemResponse } from './problem.js';
import { RateLimiter, type RateLimit } from './rate-limiter.js';
import { recordRoutes } from './record-routes.js';

export interface RapportAppOptions {
  /** The database, opened and migrated by `openDatabase`; the caller closes it after the app. */
  readonly database: Database;
  /** Browser origins allowed to call, e.g. `['https://shop.example']`; `'*'` allows any. Default: none. */
  readonly corsOrigins?: readonly string[];
  /** Largest request body accepted, in bytes (larger: 413). Default 256 KiB. */
  readonly maxBodyBytes?: number;
  /** Requests per caller (public key or customer, and client address) and window. Default 120 a minute. */
  readonly publicRateLimit?: RateLimit;
  /**
   * Failed sign-ins allowed per client address and per key prefix and window, after which even a
   * right key waits (429 with `Retry-After`). Default 30 a minute.
   */
  readonly failedAuthRateLimit?: RateLimit;
  /** The longest a customer token may be valid; tokens expiring later are refused. Default 24 hours. */
  readonly maxCustomerTokenLifetimeMs?: number;
  /** Take the client address from `X-Forwarded-For`: only behind a proxy that sets it. Default false. */
  readonly trustProxy?: boolean;
  /** Called with errors that became a 500, for the host's logs. Default: `console.error`. */
  readonly onUnexpectedError?: (error: unknown) => void;
  /** The clock for record timestamps and token expiry. */
  readonly now?: () => Date;
  /**
   * Run the automation worker in this instance (rules, SLA deadlines; see docs/automation.md).
   * Any number of instances may run it on one database. Default false.
   */
  readonly automation?: boolean | Omit<AutomationWorkerOptions, 'db'>;
  /**
   * Outbound webhooks: which URLs admins may register and where deliveries may connect
   * (`https:` and public addresses only by default), timeouts and retries. The automation
   * worker delivers them. See docs/automation.md.
   */
  readonly webhooks?: WebhookDeliveryOptions;
}

export interface RapportApp {
  /** Serves the protocol under `/v1`; mount it in a host app with `host.route('/crm', app)`. */
  readonly app: Hono<AppEnv>;
  /** Ends live streams and background work. The database stays open. */
  close(): Promise<void>;
}

const PRUNE_EVERY_MS = 60_000;
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'Last-Event-ID'];
const EXPOSED_HEADERS = ['ETag', 'Location', 'Retry-After'];

/** The Rapport HTTP protocol (see docs/protocol.md) over one database, as a mountable Hono app. */
export async function createRapportApp(options: RapportAppOptions): Promise<RapportApp> {
  const { database, now = () => new Date(), onUnexpectedError = console.error } = options;
  const store = new RecordStore(database, now, EXACT_TOTAL_LIMIT, COUNT_BUDGET_MS);
  const service = new RecordService(store, now);
  const authenticator = new Authenticator(database, now, undefined, options.maxCustomerTokenLifetimeMs);
  const failedAuthLimiter = new RateLimiter(options.failedAuthRateLimit ?? { requests: 30, windowMs: 60_000 });
  const limiter = new RateLimiter(options.publicRateLimit ?? { requests: 120, windowMs: 60_000 });
  const feed = await ChangeFeed.start(database);
  const presence = new TenantPresence();
  const stream = changeStreamRoute(feed, store, presence);
  const pruning = setInterval(() => void pruneExpired(database).catch(onUnexpectedError), PRUNE_EVERY_MS);
  pruning.unref();
  const automation = options.automation
    ? new AutomationWorker({ onError: onUnexpectedError, webhooks: options.webhooks, ...(options.automation === true ? {} : options.automation), db: database })
    : undefined;
  const webhooks = new WebhookStore(database, new WebhookAddressPolicy(options.webhooks), now);
  await automation?.start();

  const app = new Hono<AppEnv>();
  const allowedOrigins = new Set(options.corsOrigins ?? []);
  app.use(
    '/v1/*',
    cors({
      origin: (origin) => (allowedOrigins.has('*') ? '*' : allowedOrigins.has(origin) ? origin : null),
      allowHeaders: ALLOWED_HEADERS,
      exposeHeaders: EXPOSED_HEADERS,
      maxAge: 600,
    }),
  );
  const description = openApiDocument();
  app.get('/v1/openapi.json', (c) => c.json(description));
  app.use('/v1/*', callerMiddleware(authenticator, limiter, failedAuthLimiter, options.trustProxy === true));
  app.route('/v1', stream.routes);
  app.route('/v1', presenceRoutes(presence));
  app.route('/v1', automationRoutes(database, service, options.maxBodyBytes ?? 256 * 1024));
  app.route('/v1', webhookRoutes(webhooks, options.maxBodyBytes ?? 256 * 1024, webhookRetryForMs(options.webhooks ?? {})));
  app.route('/v1', customerMeasuresRoutes(database, service, now));
  app.route('/v1', surveySummaryRoutes(database, service));
  app.route('/v1', recordRoutes(service, options.maxBodyBytes ?? 256 * 1024));
  app.notFound(notFoundResponse);
  app.onError((error) => {
    const body = problemFor(error);
    if (body.status === 500) onUnexpectedError(error);
    return problemResponse(body, body.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {});
  });

  return {
    app,
    async close() {
      clearInterval(pruning);
      await automation?.stop();
      stream.closeStreams();
      presence.close();
      await feed.close();
    },
  };
}
