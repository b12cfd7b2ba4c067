// prism reports UTF-8 byte offsets into the source; documents are indexed in UTF-16 code units.

export type ByteToUtf16 = (byteOffset: number) => number;

/** A converter for `text`, encoded as TextEncoder does (lone surrogates become U+FFFD, 3 bytes). */
export function byteToUtf16(text: string): ByteToUtf16 {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return b => b;
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c < 0x80) map.push(i);
    else if (c < 0x800) map.push(i, i);
    else if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) { map.push(i, i, i, i); i++; }
    else map.push(i, i, i);
  }
  map.push(text.length);
  return b => (b <= 0 ? 0 : b >= map.length ? text.length : map[b]);
}
