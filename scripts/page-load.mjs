// Loads a page in Chromium as a visitor would, optionally on a slow phone (CDP throttling), and
// reports what it cost until the widgets first showed their data: time, requests, bytes as they
// travelled (compressed), how many sequential round trips of script came before the first data
// request and before first content. Shared by `npm run bench` and the loading test of the CDN build.

/** "Slow 4G" as Chromium's DevTools define it, and a mid-range phone's CPU. */
export const SLOW_PHONE = { latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000, cpuSlowdown: 4 };

/**
 * A round trip long enough to tell one wave of requests from the next, bandwidth and CPU left
 * alone: on loopback a preload sent a few milliseconds late can look like a link of a chain, and a
 * chunk a widget asks for as it first shows its data can land before that frame, or just after.
 */
export const DISTINCT_ROUND_TRIPS = { latency: 150, downloadThroughput: -1, uploadThroughput: -1, cpuSlowdown: 1 };

/**
 * What each widget shows once it has its data (a part in its shadow root, searched through nested
 * shadow roots), by tag. A page has first content when every widget on it shows this.
 */
export const firstContentParts = {
  'crm-contact-card': '[part="name"]',
  'crm-pipeline-board': '[part="card"]',
  'crm-ticket-widget': '[part="queue-item"], [part="tabs"]',
  'crm-feedback-form': '[part="question"]',
};

/** A ticket widget with `launcher` shows first its button: the rest waits for a visitor to use it. */
const launcherPart = '[part~="launcher"]';

/** Runs in the page from its start: notes when every widget shows its first content. */
function watchFirstContent({ parts, launcherPart }) {
  const deepQuery = (root, selector) => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        const inner = deepQuery(element.shadowRoot, selector);
        if (inner) return inner;
      }
    }
    return null;
  };
  const check = () => {
    const widgets = Object.keys(parts).flatMap((tag) => [...document.querySelectorAll(tag)]);
    const partOf = (widget) => (widget.hasAttribute('launcher') ? launcherPart : parts[widget.localName]);
    const shown = widgets.length > 0 && widgets.every((widget) => widget.shadowRoot && deepQuery(widget.shadowRoot, partOf(widget)));
    if (shown) window.__rapportFirstContent = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * Opens `url` in a fresh context (empty cache) of `browser` and waits for first content.
 * `throttle`: `SLOW_PHONE` or undefined. Gives up after `timeoutMs`, saying what it waited for.
 * `settle`: count, instead of what arrived before first content, everything the page fetched until
 * the network was quiet with nobody touching it (what a launcher costs before it is opened, what
 * four widgets fetch in all). Unlike what races a first content, that does not depend on timing.
 */
export async function loadPage(browser, url, { throttle, timeoutMs = 30_000, settle = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', ({ requestId, request, type, timestamp }) => {
      requests.set(requestId, { url: request.url, type, sentAt: timestamp, bytes: 0 });
    });
    cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
      const entry = requests.get(requestId);
      if (entry) Object.assign(entry, { type, status: response.status, encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding'] });
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength, timestamp }) => {
      const entry = requests.get(requestId);
      if (entry) Object.assign(entry, { bytes: encodedDataLength, finishedAt: timestamp });
    });
    cdp.on('Network.loadingFailed', ({ requestId }) => {
      const entry = requests.get(requestId);
      if (entry) entry.failed = true;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttle) {
      const { cpuSlowdown, ...network } = throttle;
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.addInitScript(watchFirstContent, { parts: firstContentParts, launcherPart });

    await page.goto(url, { timeout: timeoutMs });
    try {
      await page.waitForFunction(() => window.__rapportFirstContent !== undefined, null, { timeout: timeoutMs, polling: 100 });
    } catch {
      throw new Error(`${url}: no first content after ${timeoutMs / 1000} s (waited for every widget to show ${JSON.stringify(firstContentParts)}); page problems: ${problems.join(' | ') || 'none'}`);
    }
    const firstContentMs = await page.evaluate(() => window.__rapportFirstContent);
    if (settle) await quiet(requests, timeoutMs, url);
    const all = [...requests.values()];
    const navigation = all.find((request) => request.type === 'Document');
    const firstContentAt = navigation.sentAt + firstContentMs / 1000;
    const before = all.filter((request) => request.finishedAt !== undefined && (settle || request.finishedAt <= firstContentAt));
    const scripts = before.filter((request) => request.type === 'Script');
    const sum = (list) => list.reduce((total, request) => total + request.bytes, 0);
    const scriptDepth = scriptDepthBeforeData(all);
    return {
      firstContentMs,
      requests: before.length,
      bytes: sum(before),
      scriptBytes: sum(scripts),
      scriptDepth,
      scriptWaves: Math.max(0, ...scripts.map((script) => script.depth)),
      urls: all.map((request) => request.url),
      timeline: all.map((request) => ({ url: request.url, type: request.type, status: request.status, sent: Math.round((request.sentAt - navigation.sentAt) * 1000), done: request.finishedAt && Math.round((request.finishedAt - navigation.sentAt) * 1000), bytes: request.bytes })),
      problems,
    };
  } finally {
    await context.close();
  }
}

/** The live feed stays open for as long as the page does: it is not a load to wait for. */
const isLiveFeed = (request) => request.url.includes('/v1/stream');

/** Resolves once no request but the live feed has been in flight, nor started, for half a second. */
async function quiet(requests, timeoutMs, url) {
  const quietMs = 500;
  const until = Date.now() + timeoutMs;
  let seen = -1;
  let calmSince = Date.now();
  for (;;) {
    const busy = [...requests.values()].some((request) => request.finishedAt === undefined && !request.failed && !isLiveFeed(request));
    if (busy || requests.size !== seen) {
      seen = requests.size;
      calmSince = Date.now();
    } else if (Date.now() - calmSince >= quietMs) return;
    if (Date.now() > until) throw new Error(`${url}: the network was never quiet for ${quietMs} ms within ${timeoutMs / 1000} s (the live feed aside)`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * How many scripts, one waiting for the other, came before the first request for data: the page
 * loads the entry (1), and the entry asks for its chunks all at once (2) and for the widgets' first
 * reads with them (so 1), or a chunk asks the API once it has run (2). A chunk found only once its
 * importer arrived would add a link. Each script is marked with its `depth`. A script's link is one more than the
 * deepest script that had arrived before it was asked for (the initiators Chromium reports for
 * preloads and module imports are not reliable enough to follow).
 */
function scriptDepthBeforeData(requests) {
  const scripts = requests.filter((request) => request.type === 'Script' && request.finishedAt !== undefined).sort((a, b) => a.sentAt - b.sentAt);
  const depthAt = (time) => Math.max(0, ...scripts.filter((script) => script.finishedAt <= time).map((script) => script.depth));
  for (const script of scripts) script.depth = 1 + depthAt(script.sentAt);
  const data = requests.filter((request) => (request.type === 'Fetch' || request.type === 'XHR') && !request.url.includes('/stream')).sort((a, b) => a.sentAt - b.sentAt)[0];
  return data ? depthAt(data.sentAt) : undefined;
}
