// Hover: every rule's finding explains itself (what was found, why, how to fix, before/after, concern,
// aliases, link) in plain Markdown, and FROM references show what boxlint resolved.
import { strict as assert } from 'node:assert';
import { ALL_RULES, CONCERN_TITLES, hoverMarkdown, lint, ruleDocUrl, type FileKind } from '../rules/src';
import { initEngine } from '../host/src/wasm';
import { LspClient } from './lsp-client';
import { requireBuild } from './process';

/** Raw HTML outside code spans and fences (what plain Markdown must not contain). */
function htmlOutsideCode(md: string): string[] {
  return md.split(/```[\s\S]*?```|`[^`\n]*`/).flatMap(part => part.match(/(?<!\\)<\/?[A-Za-z!][^>]*>/g) ?? []);
}

const kindOf = (language: string): FileKind => (language === 'vagrantfile' ? 'vagrantfile' : 'dockerfile');

function checkHover(md: string, rule: (typeof ALL_RULES)[number], message: string): void {
  const where = `${rule.id} ${rule.name}`;
  assert.ok(md.includes(`**${rule.id} ${rule.name}**`), `${where}: no title`);
  assert.ok(md.includes(message.replace(/</g, '\\<')) || md.includes(message), `${where}: the finding's message is missing`);
  assert.ok(md.includes('**Why it matters:**'), `${where}: no why`);
  assert.ok(md.includes('**How to fix:**'), `${where}: no fix`);
  assert.ok(md.includes('**Before:**') && md.includes(rule.docs.bad) && md.includes('**After:**') && md.includes(rule.docs.good), `${where}: no before/after`);
  assert.ok(md.includes(`concern \`${rule.concern}\` (${CONCERN_TITLES[rule.concern]})`), `${where}: no concern`);
  for (const a of rule.aliases) assert.ok(md.includes(`\`${a.id}\``), `${where}: alias ${a.id} missing`);
  assert.ok(md.includes(`(${ruleDocUrl(rule)})`), `${where}: no link`);
  assert.deepEqual(htmlOutsideCode(md), [], `${where}: HTML in hover`);
}

describe('hover Markdown for every rule', () => {
  before(initEngine);

  it('explains each rule\'s finding on its documented bad example', () => {
    for (const rule of ALL_RULES) {
      const finding = lint(rule.docs.bad, kindOf(rule.language), { enableAll: true, ...rule.docs.exampleConfig }).findings.find(f => f.ruleId === rule.id);
      assert.ok(finding, `${rule.id}: docs.bad is not flagged`);
      const md = hoverMarkdown(rule, finding);
      checkHover(md, rule, finding.message);
      if (rule.docs.notes) assert.ok(md.includes('**Notes:**'), `${rule.id}: notes missing`);
      if (finding.fixes.length) assert.ok(md.includes(finding.fixes[0].title.replace(/</g, '\\<')), `${rule.id}: fix title missing`);
    }
  });

  it('escapes HTML-looking text outside code and leaves code alone', () => {
    const rule = ALL_RULES[0];
    const md = hoverMarkdown(rule, { ruleId: rule.id, ruleName: rule.name, aliases: [], concern: rule.concern, severity: 'warning', message: 'Set <version> here, keep `<code>`', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, fixes: [] });
    assert.ok(md.includes('Set \\<version> here, keep `<code>`'));
    assert.deepEqual(htmlOutsideCode(md), []);
  });
});

describe('hover over LSP', () => {
  let client: LspClient;
  before(async () => {
    requireBuild();
    client = new LspClient();
    // Every rule on at its default severity, opt-in ones included.
    client.settings = { debounce: 0, rules: Object.fromEntries(ALL_RULES.map(r => [r.id, r.severity])) };
    await client.initialize();
  });
  after(() => client.stop());

  const hover = async (uri: string, line: number, character: number) =>
    (await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }) as { contents: { kind: string; value: string }; range?: unknown } | null);

  it('still explains findings of a document whose stored findings were let go (many documents open)', async () => {
    const uris = Array.from({ length: 40 }, (_, i) => `file:///tmp/boxlint-hover-many/${i}/Dockerfile`);
    for (const uri of uris) client.open(uri, 'FROM debian:12.5\nEXPOSE 2375\nUSER app\n');
    for (const uri of uris) await client.diagnosticsFor(uri);
    const md = (await hover(uris[0], 1, 8))?.contents.value ?? '';
    assert.ok(md.includes('BXD201'), md);
  });

  it('on each rule\'s flagged range, names what was found and teaches the fix', async () => {
    // Rules whose examples need a project config (label schema, .dockerignore) are covered above.
    const rules = ALL_RULES.filter(r => r.language !== 'any' && !r.docs.exampleConfig);
    // A few documents in flight at a time keep the server busy without queueing past the wait limit.
    for (let i = 0; i < rules.length; i += 8) await Promise.all(rules.slice(i, i + 8).map(async rule => {
      const kind = kindOf(rule.language);
      const uri = `file:///tmp/boxlint-hover/${rule.id}/${kind === 'vagrantfile' ? 'Vagrantfile' : 'Dockerfile'}`;
      client.open(uri, rule.docs.bad, kind === 'vagrantfile' ? 'ruby' : 'dockerfile');
      const diag = (await client.diagnosticsFor(uri, undefined, 30000)).find(d => d.code === rule.id);
      const h = diag && await hover(uri, diag.range.start.line, diag.range.start.character);
      void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      assert.ok(diag, `${rule.id}: no diagnostic on docs.bad over LSP`);
      assert.ok(h, `${rule.id}: no hover`);
      assert.equal(h.contents.kind, 'markdown');
      checkHover(h.contents.value, rule, diag.message);
    }));
  });

  it('the message names the package, image or port found', async () => {
    const uri = 'file:///tmp/boxlint-hover/names/Dockerfile';
    client.open(uri, 'FROM node:latest\nRUN apt-get install -y jq\nEXPOSE 2375\nUSER app\n');
    await client.diagnosticsFor(uri);
    assert.match((await hover(uri, 0, 12))!.contents.value, /Image `node:latest` uses `latest`/);
    assert.match((await hover(uri, 1, 24))!.contents.value, /Package `jq` is installed without a version/);
    assert.match((await hover(uri, 2, 8))!.contents.value, /`EXPOSE 2375`/);
  });

  it('on a FROM reference built from ARGs: registry, repository, tag, digest, values and their ARG lines', async () => {
    const uri = 'file:///tmp/boxlint-hover/image/Dockerfile';
    client.open(uri, 'ARG BASE=ubuntu\nARG TAG=24.04\nFROM ${BASE}:${TAG} AS build\nFROM build\nUSER app\n');
    await client.diagnosticsFor(uri);
    const h = (await hover(uri, 2, 8))!;
    assert.ok(h, 'no hover on the image');
    const md = h.contents.value;
    assert.match(md, /resolved: `ubuntu:24\.04`/);
    assert.match(md, /`\$BASE` = `ubuntu` from `BASE=ubuntu` on line 1/);
    assert.match(md, /`\$TAG` = `24\.04` from `TAG=24\.04` on line 2/);
    assert.match(md, /registry: `docker\.io` \(the default: none is written\)/);
    assert.match(md, /repository: `library\/ubuntu`/);
    assert.match(md, /tag: `24\.04`/);
    assert.match(md, /digest: none/);
    assert.deepEqual(htmlOutsideCode(md), []);
    assert.match((await hover(uri, 3, 6))!.contents.value, /build stage `build` defined on line 3/);
  });

  it('on an unflagged pinned reference, and with the findings when flagged', async () => {
    const digest = `sha256:${'c'.repeat(64)}`;
    const uri = 'file:///tmp/boxlint-hover/pinned/Dockerfile';
    client.open(uri, `FROM --platform=$BUILDPLATFORM ghcr.io/owner/tool:1.2@${digest}\nFROM ubuntu\nUSER app\n`);
    const diags = await client.diagnosticsFor(uri);
    assert.ok(!diags.some(d => d.range.start.line === 0), 'the pinned reference is not flagged');
    const pinned = (await hover(uri, 0, 40))!.contents.value;
    assert.match(pinned, /registry: `ghcr\.io`\n/);
    assert.match(pinned, /repository: `owner\/tool`/);
    assert.match(pinned, new RegExp(`digest: \`${digest}\` \\(content is fixed\\)`));
    assert.match(pinned, /platform: `\$BUILDPLATFORM`/);
    const flagged = (await hover(uri, 1, 6))!.contents.value;
    assert.match(flagged, /\*\*BXD401 require-image-tag\*\*/);
    assert.match(flagged, /tag: none, so `latest`/);
  });

  it('returns nothing away from findings and images', async () => {
    const uri = 'file:///tmp/boxlint-hover/none/Dockerfile';
    client.open(uri, 'FROM debian:12.5\nUSER app\n');
    await client.diagnosticsFor(uri);
    assert.equal(await hover(uri, 1, 2), null);
  });
});
