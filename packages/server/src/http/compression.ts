import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text worth compressing: the API's JSON, and the pages, scripts and styles of the static files. */
const compressible = /^(application\/(json|problem\+json|javascript)|text\/(html|css|javascript|plain)|image\/svg\+xml)\b/;
/** Below this, the encoding's own framing eats most of what it saves. */
const MIN_BYTES = 1024;
/** Compressed bodies of static files by their ETag and encoding: a file is compressed once, at the highest level. */
const STATIC_CACHE_LIMIT = 256;

export type Encoding = 'br' | 'gzip';

/** The best encoding `Accept-Encoding` allows (brotli before gzip), or none. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const allowed = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return allowed('br') ? 'br' : allowed('gzip') ? 'gzip' : undefined;
}

export interface CompressionOptions {
  /**
   * For static files, answered with an ETag by `staticCache` (or marked `immutable`, whose path
   * names their content): each is compressed once at the highest level and kept, and an ETag turns
   * weak (the bytes differ, the content does not), as a 304 by that ETag stays right for either
   * encoding. Otherwise (the API's JSON, different every time) a fast level, and the API's ETags,
   * which name record versions, are left as they are.
   */
  readonly staticFiles?: boolean;
}

/**
 * Compresses responses by `Accept-Encoding`: brotli, else gzip. Live change streams are left alone:
 * they must flush event by event.
 */
export function compression({ staticFiles = false }: CompressionOptions = {}): MiddlewareHandler {
  const compressedStatic = new Map<string, Uint8Array<ArrayBuffer>>();
  return async (c, next) => {
    await next();
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    const { res } = c;
    const type = res.headers.get('Content-Type') ?? '';
    vary(res.headers);
    if (!encoding || !res.body || res.status === 204 || res.status === 304 || c.req.method === 'HEAD') return;
    if (!compressible.test(type) || res.headers.has('Content-Encoding') || /no-transform/.test(res.headers.get('Cache-Control') ?? '')) return;
    const body = new Uint8Array(await res.arrayBuffer());
    if (body.byteLength < MIN_BYTES) {
      c.res = new Response(body, res);
      return;
    }
    const etag = staticFiles ? res.headers.get('ETag') : null;
    // A file that never changes (its name carries its hash) is sent without an ETag: its path names its content.
    const unchanging = staticFiles && /\bimmutable\b/.test(res.headers.get('Cache-Control') ?? '');
    const version = etag ?? (unchanging ? c.req.path : undefined);
    const key = version ? `${encoding} ${version}` : undefined;
    let compressed = key ? compressedStatic.get(key) : undefined;
    if (!compressed) {
      compressed = await compress(body, encoding, key ? 'best' : 'fast');
      if (key) {
        if (compressedStatic.size >= STATIC_CACHE_LIMIT) compressedStatic.delete(compressedStatic.keys().next().value!);
        compressedStatic.set(key, compressed);
      }
    }
    // Hono's `c.res` setter keeps the previous response's headers: change them after replacing it.
    c.res = new Response(compressed, res);
    c.res.headers.delete('Content-Length');
    c.res.headers.set('Content-Encoding', encoding);
    if (etag && !etag.startsWith('W/')) c.res.headers.set('ETag', `W/${etag}`);
  };
}

function vary(headers: Headers): void {
  const current = headers.get('Vary');
  if (!current) headers.set('Vary', 'Accept-Encoding');
  else if (!/accept-encoding|\*/i.test(current)) headers.set('Vary', `${current}, Accept-Encoding`);
}

async function compress(body: Uint8Array, encoding: Encoding, effort: 'best' | 'fast'): Promise<Uint8Array<ArrayBuffer>> {
  const compressed = encoding === 'gzip' ? await gzipAsync(body, { level: effort === 'best' ? 9 : 6 }) : await brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: effort === 'best' ? constants.BROTLI_MAX_QUALITY : 4,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
  return new Uint8Array(compressed.buffer as ArrayBuffer, compressed.byteOffset, compressed.byteLength);
}
