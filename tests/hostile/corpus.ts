// Hostile and unusual text, fed into every text field and every API-provided text the portal
// renders. Each entry says what it tries, so a failure names the case.

export interface HostileText {
  name: string;
  text: string;
  /** Control characters (other than none) a single-line field may refuse; everything else must round-trip. */
  hasControlCharacters?: boolean;
}

export const hostileTexts: readonly HostileText[] = [
  { name: 'script tag', text: '<script>window.__pwned = true</script>' },
  { name: 'event handler', text: '<img src=x onerror="window.__pwned = true">' },
  { name: 'svg onload', text: '<svg/onload=window.__pwned=true>' },
  { name: 'javascript: URL', text: 'javascript:window.__pwned=true' },
  { name: 'HTML entities', text: '&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &#x3C;' },
  { name: 'closing tags', text: '"></textarea></title><b>x</b>' },
  { name: 'Latvian diacritics', text: 'Ā ā Č č Ē ē Ģ ģ Ī ī Ķ ķ Ļ ļ Ņ ņ Š š Ū ū Ž ž' },
  { name: 'emoji and joiners', text: 'Anna 👩🏽‍💻 🇱🇻 ❤️' },
  { name: 'right-to-left', text: 'שלום עולם مرحبا' },
  { name: 'bidi override', text: 'Anna \u202Egnp.exe\u202C' },
  { name: 'zero-width characters', text: 'An\u200Bna\u200D\u2060\uFEFF' },
  { name: 'spreadsheet formula =', text: '=HYPERLINK("http://evil.example","x")' },
  { name: 'spreadsheet formula +', text: '+1+cmd|calc!A0' },
  { name: 'spreadsheet formula -', text: '-2+3' },
  { name: 'spreadsheet formula @', text: '@SUM(A1:A2)' },
  { name: 'SQL-ish', text: "Robert'); DROP TABLE customers;--" },
  { name: 'template syntax', text: '{{constructor.constructor("window.__pwned=true")()}} ${7*7} {name}' },
  { name: 'NUL character', text: 'An\u0000na', hasControlCharacters: true },
  { name: 'line break and tab', text: 'An\nna\tB', hasControlCharacters: true },
  { name: 'escape character', text: 'An\u001B[31mna', hasControlCharacters: true },
];

/** A string the length of a short essay: forms must count it as the contract does and keep it. */
export const tenThousandCharacters = 'ā'.repeat(9_990) + '🙂'.repeat(10);
