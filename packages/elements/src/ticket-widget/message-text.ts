import { html, type TemplateResult } from 'lit';
import { safeHref } from '../base/safe-href.js';

/** A run of message text, and the link target when the run is a URL that may become a link. */
export interface TextRun {
  readonly text: string;
  readonly href?: string;
}

// Candidates only: every match is checked again by `safeHref`. Plain `http:` and other schemes stay text.
const linkCandidate = /\b(?:https:\/\/|mailto:)[^\s<>"'`]+/giu;
// Punctuation that ends a sentence more often than a URL ("see https://x.cn/a.", "（见 https://x.cn/a）").
const trailingPunctuation = /[.,;:!?)\]}'"。，；：！？）」』】]+$/u;

/**
 * Splits message text into plain runs and links. Only `https:` and `mailto:` URLs become links;
 * everything else, markup included, stays text for Lit to escape.
 */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let plainFrom = 0;
  for (const match of text.matchAll(linkCandidate)) {
    const url = match[0].replace(trailingPunctuation, '');
    const href = safeHref(url);
    if (!href) continue;
    if (match.index > plainFrom) runs.push({ text: text.slice(plainFrom, match.index) });
    runs.push({ text: url, href });
    plainFrom = match.index + url.length;
  }
  if (plainFrom < text.length) runs.push({ text: text.slice(plainFrom) });
  return runs;
}

/** Message text as text (line breaks kept by the `message-body` style), with safe links opening in a new tab. */
export function renderMessageText(text: string): TemplateResult {
  return html`${textRuns(text).map((run) =>
    run.href ? html`<a part="message-link" href=${run.href} target="_blank" rel="noopener noreferrer">${run.text}</a>` : run.text,
  )}`;
}
