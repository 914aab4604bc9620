import { expect } from '@open-wc/testing';
import { humanFileTypes, type FileKind } from './attachment-kinds.js';
import { DEFAULT_ACCEPTED_TYPES, parseAcceptedTypes } from './attachment-policy.js';

const names: Record<FileKind, string> = {
  image: 'images',
  pdf: 'PDF',
  text: 'text files',
  spreadsheet: 'spreadsheets',
  document: 'documents',
  archive: 'archives',
  audio: 'audio',
  video: 'videos',
};

describe('humanFileTypes', () => {
  it('names the default policy by kinds, each once, instead of MIME types', () => {
    expect(humanFileTypes(parseAcceptedTypes(DEFAULT_ACCEPTED_TYPES), names)).to.deep.equal(['images', 'PDF', 'text files']);
  });

  it('names families, office formats, and an unknown type by its subtype', () => {
    expect(humanFileTypes(['video/*', 'text/csv', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/json', 'application/x-tar'], names)).to.deep.equal([
      'videos',
      'spreadsheets',
      'documents',
      'JSON',
      'TAR',
    ]);
  });
});
