// Unified diff (`diff -u` / `git diff` format, 3 lines of context) between two texts, for --fix-dry-run.
// Myers' O(ND) algorithm on lines after trimming the common prefix and suffix; fixes change few lines.

type Op = { t: ' ' | '-' | '+'; line: string };

const CONTEXT = 3;
/** Past this much work (a near-total rewrite of a huge file) the changed middle is shown as replaced. */
const BUDGET = 20_000_000;

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function myers(a: string[], b: string[]): Op[] | null {
  const n = a.length, m = b.length, max = n + m, off = max;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    if ((d + 1) * (2 * max + 2) > BUDGET) return null;
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, off);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], a: string[], b: string[], off: number): Op[] {
  const ops: Op[] = [];
  let x = a.length, y = b.length;
  for (let d = trace.length - 1; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? k + 1 : k - 1;
    const prevX = v[off + prevK], prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ t: ' ', line: a[--x] }), y--;
    if (x === prevX) ops.push({ t: '+', line: b[--y] });
    else ops.push({ t: '-', line: a[--x] });
  }
  while (x > 0 && y > 0) ops.push({ t: ' ', line: a[--x] }), y--;
  return ops.reverse();
}

function editScript(a: string[], b: string[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const midA = a.slice(pre, a.length - suf), midB = b.slice(pre, b.length - suf);
  const mid = myers(midA, midB) ?? [...midA.map(line => ({ t: '-' as const, line })), ...midB.map(line => ({ t: '+' as const, line }))];
  const same = (line: string) => ({ t: ' ' as const, line });
  return [...a.slice(0, pre).map(same), ...mid, ...a.slice(a.length - suf).map(same)];
}

function range(start: number, len: number): string {
  return `${len ? start + 1 : start}${len === 1 ? '' : `,${len}`}`;
}

/** `--- a/label` / `+++ b/label` and hunks; empty when the texts are equal. */
export function unifiedDiff(label: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = editScript(splitLines(before), splitLines(after));
  const out = [`--- a/${label}`, `+++ b/${label}`];
  // Positions in the old and new file before each op.
  const posA: number[] = [], posB: number[] = [];
  let ia = 0, ib = 0;
  for (const op of ops) { posA.push(ia); posB.push(ib); if (op.t !== '+') ia++; if (op.t !== '-') ib++; }
  const changed = ops.map((op, i) => (op.t === ' ' ? -1 : i)).filter(i => i >= 0);
  let h = 0;
  while (h < changed.length) {
    let end = h;
    while (end + 1 < changed.length && changed[end + 1] - changed[end] <= 2 * CONTEXT + 1) end++;
    const from = Math.max(0, changed[h] - CONTEXT), to = Math.min(ops.length, changed[end] + CONTEXT + 1);
    const slice = ops.slice(from, to);
    const lenA = slice.filter(o => o.t !== '+').length, lenB = slice.filter(o => o.t !== '-').length;
    out.push(`@@ -${range(posA[from], lenA)} +${range(posB[from], lenB)} @@`);
    for (const op of slice) {
      out.push(op.t + op.line.replace(/\n$/, ''));
      if (!op.line.endsWith('\n')) out.push('\\ No newline at end of file');
    }
    h = end + 1;
  }
  return out.join('\n') + '\n';
}
