const startsWithHan = /^\p{Script=Han}/u;

/**
 * What an avatar without a photo shows. A Chinese name gives its family-name character
 * (王小明 → 王), which is how Chinese address books abbreviate people; other names give the
 * initials of the given and family names (Ada Lovelace → AL).
 */
export function initialsOf(name: string, familyName?: string, givenName?: string): string {
  const full = name.trim();
  if (startsWithHan.test(familyName ?? full)) return Array.from(familyName ?? full)[0] ?? '';
  const words = full.split(/\s+/).filter(Boolean);
  const first = givenName ?? words[0] ?? '';
  const last = familyName ?? (words.length > 1 ? words[words.length - 1] : '') ?? '';
  return (initialOf(first) + initialOf(last)).toLocaleUpperCase();
}

function initialOf(word: string): string {
  return Array.from(word)[0] ?? '';
}
