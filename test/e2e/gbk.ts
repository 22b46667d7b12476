// A GBK (GB18030 two-byte) encoder for test fixtures, built by inverting node's own GB18030 decoder:
// every two-byte sequence (lead 0x81–0xFE, trail 0x40–0xFE except 0x7F) is decoded once and the
// character it gives is mapped back to its bytes. ASCII is written as is. No dependency, no table in
// the repository. Shared by the unit tests (CLI) and the e2e suite (a GBK file opened as UTF-8).

let table: Map<string, number> | undefined;

function gbkTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      let char: string;
      try {
        char = decoder.decode(pair);
      } catch {
        continue;
      }
      if (char.length === 1 && !table.has(char)) table.set(char, (lead << 8) | trail);
    }
  }
  return table;
}

/** `text` encoded as GBK; throws on a character GBK cannot encode (keep fixtures to common Chinese). */
export function encodeGbk(text: string): Buffer {
  const map = gbkTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = map.get(char);
    if (pair === undefined) throw new Error(`not encodable in GBK: ${char} (U+${code.toString(16)})`);
    bytes.push(pair >> 8, pair & 0xff);
  }
  return Buffer.from(bytes);
}
