/** The kinds of file a person recognises, by which accepted MIME types are named to them. */
export const fileKinds = ['image', 'pdf', 'text', 'spreadsheet', 'document', 'archive', 'audio', 'video'] as const;
export type FileKind = (typeof fileKinds)[number];

const kindOfType: Readonly<Record<string, FileKind>> = {
  'application/pdf': 'pdf',
  'text/csv': 'spreadsheet',
  'application/vnd.ms-excel': 'spreadsheet',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'spreadsheet',
  'application/vnd.oasis.opendocument.spreadsheet': 'spreadsheet',
  'application/msword': 'document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'document',
  'application/vnd.oasis.opendocument.text': 'document',
  'application/rtf': 'document',
  'application/zip': 'archive',
  'application/gzip': 'archive',
  'application/x-7z-compressed': 'archive',
};

const kindOfFamily: Readonly<Record<string, FileKind>> = { image: 'image', text: 'text', audio: 'audio', video: 'video' };

/**
 * The accepted types as a person reads them, each named once in the order first accepted: the
 * localized name of its kind (`images`, `PDF`), or for a type of no known kind its subtype in
 * capitals (`application/json` → `JSON`), never a raw MIME type.
 */
export function humanFileTypes(acceptedTypes: readonly string[], names: Readonly<Record<FileKind, string>>): string[] {
  const named = acceptedTypes.map((type) => {
    const [family = '', subtype = ''] = type.toLowerCase().split('/');
    const kind = kindOfType[`${family}/${subtype}`] ?? kindOfFamily[family];
    return kind ? names[kind] : subtype.replace(/^x-/, '').replace(/^.*[.+]/, '').toUpperCase() || type;
  });
  return [...new Set(named)];
}
