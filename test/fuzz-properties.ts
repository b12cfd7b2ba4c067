// Shared by test/fuzz.test.ts (a bounded run in `npm test`) and scripts/fuzz.ts (`npm run fuzz`, long runs that
// save each crasher under test-fixtures/regressions/): input generators and the invariants every lint must keep.
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, defaultConfig, type FileKind, type LintConfig, type LintResult, type Position, type Range } from '../rules/src';
import { lintFile } from '../host/src/lint-file';
import { initEngine } from '../host/src/wasm';

export const ROOT = join(__dirname, '..');
export const REGRESSIONS = join(ROOT, 'test-fixtures', 'regressions');
/** The shared corpus sits beside the repository (also in CI); tests read it, never copy it. */
export const CORPUS = join(ROOT, '..', 'shared', 'corpus');

export function corpusFiles(kind: FileKind): string[] {
  const dir = join(CORPUS, kind === 'dockerfile' ? 'dockerfiles' : 'vagrantfiles');
  return existsSync(dir) ? readdirSync(dir).sort().map(f => join(dir, f)) : [];
}

export function regressionFiles(): string[] {
  return existsSync(REGRESSIONS) ? readdirSync(REGRESSIONS).filter(f => /\.(Dockerfile|Vagrantfile)$/.test(f)).sort().map(f => join(REGRESSIONS, f)) : [];
}

// ---- generators ------------------------------------------------------------------------------------------

/** Characters that trip parsers: NUL, lone surrogates, BOM, CR, tabs, non-BMP, escapes, quotes, brackets. */
const ODD = ['\0', '\ud800', '\udfff', '\ufeff', '\r', '\r\n', '\t', '\u2028', '😀', '\\', '`', '"', "'", '$', '{', '}', '[', ']', '(', ')', '#', '<<', '=', ':', '@', '/', ';', '&&', '|', '\u00e9'];

const word = fc.oneof(
  fc.constantFrom('ubuntu', 'alpine:3.19', 'node:latest', 'a@sha256:' + 'a'.repeat(64), 'scratch', 'curl', 'sh', 'bash', '-c', 'apt-get', 'install',
    '-y', 'pip', 'apk', 'add', 'sudo', 'https://example.com/x.sh', '/var/run/docker.sock', 'root', '0', '2375', 'tcp://0.0.0.0:2375',
    '$VAR', '${VAR:-x}', '${VAR', 'AS', 'build', '--from=build', '--mount=type=cache,target=/x', '--chown=1:1', 'EOF', '<<EOF', "<<'EOF'",
    '<<-EOF', 'password=hunter2', 'AKIA' + 'A'.repeat(16), '&&', '|', '||', ';', '\\'),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...ODD),
);

const args = fc.array(word, { maxLength: 8 }).map(ws => ws.join(' '));
const keyword = fc.constantFrom('FROM', 'RUN', 'CMD', 'ENTRYPOINT', 'COPY', 'ADD', 'ENV', 'ARG', 'LABEL', 'EXPOSE', 'USER', 'WORKDIR',
  'VOLUME', 'HEALTHCHECK', 'SHELL', 'ONBUILD', 'STOPSIGNAL', 'MAINTAINER', 'ONBUILD RUN', 'from', 'Run', 'BOGUS');

const dockerLine = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(keyword, args).map(([k, a]) => `${k} ${a}`) },
  { weight: 1, arbitrary: fc.tuple(keyword, fc.array(word, { maxLength: 4 })).map(([k, ws]) => `${k} ${JSON.stringify(ws)}`) },
  { weight: 1, arbitrary: args.map(a => `# ${a}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('boxlint', 'hadolint'), fc.constantFrom('', 'global '), args).map(([t, g, a]) => `# ${t} ${g}ignore=${a}`) },
  { weight: 1, arbitrary: fc.constantFrom('# escape=`', '# escape=\\', '# syntax=docker/dockerfile:1', '# check=skip=all', '# hadolint shell=pwsh') },
  { weight: 1, arbitrary: args.map(a => `  ${a} \\`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('RUN <<EOF', 'RUN bash <<EOF', 'COPY <<EOF /x', 'RUN <<-EOF', 'RUN cat <<EOF >/f'), args).map(([h, a]) => `${h}\n${a}\nEOF`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

const newline = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

function joinLines(lines: string[], seps: string[]): string {
  return lines.map((l, i) => l + (seps[i % Math.max(seps.length, 1)] ?? '\n')).join('');
}

export const generatedDockerfile = fc.tuple(fc.array(dockerLine, { minLength: 1, maxLength: 25 }), fc.array(newline, { minLength: 1, maxLength: 4 }))
  .map(([lines, seps]) => joinLines(lines, seps));

const rubyToken = fc.oneof(
  fc.constantFrom('Vagrant.configure("2") do |config|', 'end', 'do |v|', 'config.vm.box = "ubuntu/focal64"', 'config.vm.box_version = "1.0"',
    'config.vm.network "forwarded_port", guest: 2375, host: 2375', 'config.vm.network "public_network"', 'config.ssh.username = "root"',
    'config.vm.provision "shell", inline: <<-SHELL', 'SHELL', 'curl https://x | sh', 'apt-get install -y nginx', 'config.vm.provider "virtualbox" do |vb|',
    'vb.memory = 1024', 'config.vm.provision "docker" do |d|', 'd.run "nginx", args: "--privileged -v /var/run/docker.sock:/var/run/docker.sock"',
    'config.vm.box_url = "http://x/box"', 'config.ssh.forward_agent = true', 'x = ENV["A"]', '#{x}', '"', "'", '%w[', '(', ')', '[', ']', '{', '}',
    '<<~EOS', 'EOS', 'if x', 'else', '=begin', '=end', '__END__', '# boxlint ignore=all', 'system("touch /tmp/boxlint-pwned")', '`id`'),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...ODD),
);

export const generatedVagrantfile = fc.tuple(fc.array(fc.array(rubyToken, { maxLength: 5 }).map(ts => ts.join(' ')), { minLength: 1, maxLength: 25 }), fc.array(newline, { minLength: 1, maxLength: 3 }))
  .map(([lines, seps]) => joinLines(lines, seps));

/** One edit to a text: delete, duplicate or move a span, insert a token, cut the file short, flip a byte. */
type Mutation = { op: 'delete' | 'duplicate' | 'insert' | 'truncate' | 'swap' | 'replace'; at: number; len: number; text: string };

const mutation = fc.record({
  op: fc.constantFrom<Mutation['op']>('delete', 'duplicate', 'insert', 'truncate', 'swap', 'replace'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.nat({ max: 200 }),
  text: fc.oneof(word, fc.constantFrom(...ODD), fc.constantFrom('\\\n', '\n', '"', '[', '<<EOF\n', 'do\n', 'end\n', '#{', '(' , '${')),
});

export function mutate(text: string, muts: Mutation[]): string {
  for (const m of muts) {
    const at = Math.floor(m.at * text.length);
    const end = Math.min(text.length, at + m.len);
    switch (m.op) {
      case 'delete': text = text.slice(0, at) + text.slice(end); break;
      case 'duplicate': text = text.slice(0, end) + text.slice(at, end) + text.slice(end); break;
      case 'insert': text = text.slice(0, at) + m.text + text.slice(at); break;
      case 'truncate': text = text.slice(0, Math.max(at, end)); break;
      case 'replace': text = text.slice(0, at) + m.text + text.slice(Math.min(text.length, at + 1)); break;
      case 'swap': {
        const other = Math.floor(((m.at * 7919) % 1) * text.length);
        const [a, b] = at < other ? [at, other] : [other, at];
        if (b >= end) text = text.slice(0, a) + text.slice(b, b + (end - at)) + text.slice(a + (end - at), b) + text.slice(a, a + (end - at)) + text.slice(b + (end - at));
        break;
      }
    }
  }
  return text;
}

/** A corpus file (chosen by index) with up to 6 mutations; the case is printed as `file#mutations`. */
export function mutatedCorpus(kind: FileKind): fc.Arbitrary<{ file: string; text: string }> | null {
  const files = corpusFiles(kind);
  if (!files.length) return null;
  const texts = new Map<string, string>();
  const read = (f: string) => texts.get(f) ?? texts.set(f, readFileSync(f, 'utf8')).get(f)!;
  return fc.tuple(fc.nat({ max: files.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([i, muts]) => ({ file: files[i], text: mutate(read(files[i]), muts) }));
}

// ---- invariants ------------------------------------------------------------------------------------------

export const LINT_BOUND_MS = 3000;
export const FUZZ_CONFIG: Partial<LintConfig> = { ...defaultConfig(), enableAll: true };

/** A position VS Code would not clamp: its line exists and its character is within that line. */
function validPosition(doc: TextDocument, p: Position): boolean {
  if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0 || p.line >= doc.lineCount) return false;
  const back = doc.positionAt(doc.offsetAt(p));
  return back.line === p.line && back.character === p.character;
}

function validRange(doc: TextDocument, r: Range): string | null {
  if (!validPosition(doc, r.start)) return `start ${JSON.stringify(r.start)} outside the document`;
  if (!validPosition(doc, r.end)) return `end ${JSON.stringify(r.end)} outside the document`;
  if (doc.offsetAt(r.start) > doc.offsetAt(r.end)) return `start after end ${JSON.stringify(r)}`;
  return null;
}

/** Every violated invariant of one lint result, as readable strings (empty when all hold). */
export function violations(text: string, result: LintResult, ms: number): string[] {
  const out: string[] = [];
  if (ms > LINT_BOUND_MS) out.push(`lint took ${ms.toFixed(0)} ms (bound ${LINT_BOUND_MS})`);
  for (const e of result.errors) out.push(`internal error in ${e.ruleId}: ${e.message.split('\n').slice(0, 3).join(' | ')}`);
  const doc = TextDocument.create('file:///fuzz', 'dockerfile', 1, text);
  for (const f of result.findings) {
    // The Vagrantfile watchdog turns a parser crash or hang into a finding: for a fuzzer that is a failure.
    if (/^Not linted: (the parser thread|parsing took)/.test(f.message)) out.push(`${f.ruleId}: ${f.message}`);
    const bad = validRange(doc, f.range);
    if (bad) out.push(`${f.ruleId} finding: ${bad}`);
    if (!f.message) out.push(`${f.ruleId} finding without message`);
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        const badEdit = validRange(doc, e.range);
        if (badEdit) out.push(`${f.ruleId} fix "${fix.title}": edit ${badEdit}`);
      }
      const spans = fix.edits.map(e => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) out.push(`${f.ruleId} fix "${fix.title}": overlapping edits`);
      try { applyEdits(text, fix.edits, fix.snippet); } catch (e) { out.push(`${f.ruleId} fix "${fix.title}" throws when applied: ${(e as Error).message}`); }
    }
  }
  return out;
}

/** Starts the engine and the Vagrantfile parser thread, so the first timed lint is not a cold start. */
export async function warmUp(): Promise<void> {
  await initEngine();
  await lintFile('Vagrant.configure("2") do |c| end\n', 'vagrantfile', FUZZ_CONFIG);
}

/** Lints through the adapters' entry point (watchdog included) and returns the violated invariants. */
export async function checkLint(text: string, kind: FileKind): Promise<string[]> {
  const t = performance.now();
  let result: LintResult;
  try { result = await lintFile(text, kind, FUZZ_CONFIG); }
  catch (e) { return [`lint threw: ${(e as Error)?.stack ?? String(e)}`]; }
  return violations(text, result, performance.now() - t);
}
