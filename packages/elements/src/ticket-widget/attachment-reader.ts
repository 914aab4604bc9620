import type { Attachment } from '@rapport/core';
import { attachmentProblem, type AttachmentPolicy, type AttachmentProblem } from './attachment-policy.js';

/** A file the user chose that was not attached, and why. */
export interface RefusedFile {
  readonly name: string;
  readonly problem: AttachmentProblem | 'unreadable';
}

/** Chosen files as attachments: each checked against the policy before it is read, the accepted ones read as data URLs. */
export async function readAttachments(files: readonly File[], policy: AttachmentPolicy): Promise<{ added: Attachment[]; refused: RefusedFile[] }> {
  const refused: RefusedFile[] = [];
  const read = await Promise.all(
    files.map(async (file): Promise<Attachment | undefined> => {
      const problem = attachmentProblem(file, policy);
      if (problem) {
        refused.push({ name: file.name, problem });
        return undefined;
      }
      try {
        return { name: file.name, type: file.type, size: file.size, url: await dataUrlOf(file) };
      } catch {
        refused.push({ name: file.name, problem: 'unreadable' });
        return undefined;
      }
    }),
  );
  return { added: read.filter((attachment) => attachment !== undefined), refused };
}

function dataUrlOf(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}
