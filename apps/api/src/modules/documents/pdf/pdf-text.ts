/**
 * The standard PDF fonts (Helvetica) know only the WinAnsi characters. Text from users (titles,
 * views, answers) can hold anything: a character outside that set is written as its nearest
 * WinAnsi form (the letter without its accent, a hyphen for a minus) or, failing that, "?",
 * so the document never shows an empty box or garbage.
 */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const NEAREST: Record<string, string> = {
  '\u2212': '-', // minus sign
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2032': "'",
  '\u2033': '"',
  '\u2026': '…',
  '\u202f': '\u00a0', // narrow no-break space
  '\u2009': ' ',
  '\u200b': '',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
};

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x0a || code === 0x09) return true;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return true;
  return WIN_ANSI_EXTRA.includes(char);
}

/** `text` with only characters the standard fonts can draw. */
export function pdfSafe(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n')) {
    if (isWinAnsi(char)) {
      out += char;
    } else if (char in NEAREST) {
      out += NEAREST[char];
    } else {
      const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += bare && [...bare].every(isWinAnsi) ? bare : '?';
    }
  }
  return out;
}
