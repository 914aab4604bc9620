import type { MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';

/** A file name carrying its content hash, as the CDN build names its chunks: `contact-card-B_sJjvpa.js`. */
const hashedName = /-[A-Za-z0-9_-]{8}\.(js|css|mjs)$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/**
 * Caching of static files: a file whose name carries its content hash never changes, so the browser
 * keeps it for a year without asking, and it goes without validators (`ETag`, `Last-Modified`),
 * bytes nobody would send back on every first load; any other file (a page, the `rapport.js`
 * entry) is asked for again each time and answered `304 Not Modified` by its ETag while unchanged.
 */
export function staticCache(): MiddlewareHandler {
  const validate = etag();
  return async (c, next) => {
    if (hashedName.test(new URL(c.req.url).pathname)) {
      await next();
      if (c.res.status !== 200) return;
      c.res.headers.delete('Last-Modified');
      c.res.headers.set('Cache-Control', IMMUTABLE);
      return;
    }
    await validate(c, next);
    if (c.res.status === 200 || c.res.status === 304) c.res.headers.set('Cache-Control', REVALIDATE);
  };
}
