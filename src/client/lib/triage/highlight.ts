export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Splits `text` into runs that are, or are not, one of `keywords` (longest keyword first, case
 * and full-width folded), so the words that decided a suggestion can be marked where they stand.
 */
export function highlightSegments(text: string, keywords: readonly string[]): Segment[] {
  const words = [...new Set(keywords.map((k) => k.trim()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  if (words.length === 0 || text === '') return text ? [{ text, hit: false }] : [];
  const folded = text.normalize('NFKC').toLowerCase();
  // NFKC can change lengths (e.g. ligatures); only fold when it does not, else match as written.
  const haystack = folded.length === text.length ? folded : text;
  const needles = words.map((w) => (folded.length === text.length ? w.normalize('NFKC').toLowerCase() : w));

  const segments: Segment[] = [];
  let plainFrom = 0;
  let i = 0;
  while (i < text.length) {
    const found = needles.find((needle) => haystack.startsWith(needle, i));
    if (!found) {
      i += 1;
      continue;
    }
    if (plainFrom < i) segments.push({ text: text.slice(plainFrom, i), hit: false });
    segments.push({ text: text.slice(i, i + found.length), hit: true });
    i += found.length;
    plainFrom = i;
  }
  if (plainFrom < text.length) segments.push({ text: text.slice(plainFrom), hit: false });
  return segments;
}
