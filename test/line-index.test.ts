// LineIndex takes a fast path for texts without CR: both paths must agree with a plain reading of LF, CRLF and lone CR.
import assert from 'node:assert/strict';
import { LineIndex } from '../rules/src/text';

/** Line and column of every offset, read one character at a time (a CRLF pair is one break). */
function naivePositions(text: string): { line: number; character: number }[] {
  const out = [];
  let line = 0, start = 0;
  for (let i = 0; i <= text.length; i++) {
    out.push({ line, character: i - start });
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) { line++; start = i + 1; }
  }
  return out;
}

describe('LineIndex', () => {
  it('finds the same lines with and without CR, on random texts', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const pieces = ['a', 'bc', ' ', '\n', '\r\n', '\r', '\n\n', 'é'];
    for (let n = 0; n < 300; n++) {
      let text = '';
      const length = next() % 40;
      for (let k = 0; k < length; k++) text += pieces[next() % (n % 2 ? pieces.length : 4)];
      const index = new LineIndex(text);
      const expected = naivePositions(text);
      for (let o = 0; o <= text.length; o++) assert.deepEqual(index.positionAt(o), expected[o], JSON.stringify(text) + ' @' + o);
      assert.equal(index.lineCount, expected[text.length].line + 1);
    }
  });
});
