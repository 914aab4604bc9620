import type { Attachment } from '@rapport/core';
import { safeHref } from '../base/safe-href.js';

/** What a customer may attach: checked in the browser before a file is read or stored. */
export interface AttachmentPolicy {
  /** Largest file in bytes. */
  readonly maxSize: number;
  /** MIME types, or families such as `image/*`. */
  readonly acceptedTypes: readonly string[];
}

/** 1 MiB: attachments travel inside the ticket record as data URLs, which must stay small. */
export const DEFAULT_MAX_ATTACHMENT_SIZE = 1024 * 1024;

/** Pictures, PDFs and plain text: what customers send as evidence, and nothing a browser would run. */
export const DEFAULT_ACCEPTED_TYPES = 'image/png,image/jpeg,image/gif,image/webp,application/pdf,text/plain';

export type AttachmentProblem = 'type' | 'size';

/** A comma-separated list as the `accepted-types` attribute holds it, normalised. */
export function parseAcceptedTypes(value: string): string[] {
  return value
    .split(',')
    .map((type) => type.trim().toLowerCase())
    .filter(Boolean);
}

export function isAcceptedType(type: string, acceptedTypes: readonly string[]): boolean {
  const wanted = type.toLowerCase();
  return acceptedTypes.some((accepted) => (accepted.endsWith('/*') ? wanted.startsWith(accepted.slice(0, -1)) : wanted === accepted));
}

/** Why a file may not be attached, or `undefined` when it may. */
export function attachmentProblem(file: Pick<File, 'type' | 'size'>, policy: AttachmentPolicy): AttachmentProblem | undefined {
  if (!isAcceptedType(file.type, policy.acceptedTypes)) return 'type';
  if (file.size > policy.maxSize) return 'size';
  return undefined;
}

/**
 * Where a stored attachment can be opened from: an `https:` URL, or a `data:` URL of a type the
 * default policy accepts (so never `text/html` or script a browser would run); else no link.
 */
export function attachmentHref(attachment: Pick<Attachment, 'url'>): string | undefined {
  const url = attachment.url;
  if (!url) return undefined;
  if (!url.startsWith('data:')) return safeHref(url);
  const type = /^data:([^;,]+)/.exec(url)?.[1] ?? '';
  return isAcceptedType(type, parseAcceptedTypes(DEFAULT_ACCEPTED_TYPES)) ? url : undefined;
}
