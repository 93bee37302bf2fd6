// Numbers a source states ("121,000 people", "100 square kilometres"). Showing each source's figures
// next to the others' makes conflicting claims visible at a glance without deciding who is right.
const FIGURE = /\b\d{1,3}(?:[,\u202f ]\d{3})*(?:\.\d+)?(?:\s*(?:%|per\s?cent))?(?:\s+(?:square\s+)?(?:[a-z]+))?/gi;
const NOT_UNITS = new Set(['and', 'or', 'the', 'a', 'of', 'in', 'on', 'at', 'to', 'by', 'from', 'were', 'was',
  'had', 'have', 'has', 'are', 'is']);
const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

export function figuresIn(sentence) {
  const found = [];
  for (const match of String(sentence || '').matchAll(FIGURE)) {
    let text = match[0].trim();
    const words = text.split(/\s+/);
    const last = words[words.length - 1];
    if (words.length > 1 && (NOT_UNITS.has(last.toLowerCase()) || MONTHS.test(last))) {
      if (MONTHS.test(last)) continue; // "18 August" is a date, not a figure
      text = words.slice(0, -1).join(' ');
    }
    // A bare year or day number alone is rarely a claim worth comparing.
    if (/^\d{4}$/.test(text) && +text > 1900 && +text < 2100) continue;
    found.push(text);
  }
  return found;
}
