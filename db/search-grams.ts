/**
 * The 1-2 character search keys of a customer: every character pair of name and company, plus
 * each text's last character, lowercased and space-separated. Any substring of one or two
 * characters is then a token or a token prefix of this text.
 *
 * Registered on every connection as the SQL function kemai_grams(name, company), which the
 * customer_grams triggers call: computing this in SQL (json_each over positions) cost ~90 µs a
 * row, in JS ~2 µs. A connection without the function cannot write customers, by design.
 */
export function searchGrams(...texts: (string | null | undefined)[]): string {
  const out: string[] = [];
  for (const text of texts) {
    if (!text) continue;
    const chars = Array.from(text.toLowerCase());
    for (let i = 0; i < chars.length; i++) {
      const first = chars[i] ?? '';
      if (/\s/.test(first)) continue;
      const second = chars[i + 1];
      out.push(second === undefined || /\s/.test(second) ? first : first + second);
    }
  }
  return out.join(' ');
}
