// Real VS Code, served by code-server and driven through Debian's Chromium:
//  1. the extension-host mocha suite (client/src/test) runs inside code-server's extension host against the
//     extension in this repo (`extensionDevelopmentPath`), its exit code handed back through
//     `window.codeAutomationExit`;
//  2. a UI test against the packaged boxlint.vsix installed the way a user installs it.
// Screenshots and logs go to .e2e/artifacts/.
import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../process';
import { ARTIFACTS, cliFindings, sandbox, type CliFinding, type Sandbox } from './env';
import { CodeServer, launchChromium } from './code-server';

const VSIX = join(ROOT, 'boxlint.vsix');
const EXT_TESTS = join(ROOT, '.e2e', 'ext-tests', 'index.js');
const TIMEOUT = 90000;

interface ExtHostResults { done: boolean; passes: number; failures: number; tests: { title: string; state: string; ms: number; error?: string }[] }

describe('VS Code (code-server 4.100.3 + Chromium)', function () {
  this.timeout(180000);
  let box: Sandbox;
  let cs: CodeServer;
  let results: string;

  before(async () => {
    for (const f of [VSIX, EXT_TESTS]) assert.ok(existsSync(f), `${f} is missing: run \`npm run test:e2e\` (it packages and bundles first)`);
    box = sandbox('vscode');
    results = join(box.dir, 'ext-host-results.json');
    cs = new CodeServer(box.dir, { ...box.env, BOXLINT_E2E_RESULTS: results }, join(ARTIFACTS, 'code-server.log'));
    const t0 = Date.now();
    const installed = cs.installExtension(VSIX);
    assert.ok(installed.some(n => n.startsWith('boxlint.boxlint-')), `the packaged extension is installed: ${installed.join(', ')}`);
    const t1 = Date.now();
    await cs.start();
    console.log(`    (boxlint.vsix installed in ${((t1 - t0) / 1000).toFixed(1)} s; code-server up in ${((Date.now() - t1) / 1000).toFixed(1)} s)`);
  });
  after(async () => {
    await cs?.stop();
    box?.remove();
  });

  describe('extension-host suite', () => {
    it('passes inside code-server\'s extension host (extensionDevelopmentPath + extensionTestsPath)', async () => {
      const ws = box.workspace('ws-exthost');
      const ctx = await launchChromium(join(box.dir, 'chrome-exthost'), box.env);
      try {
        const page = ctx.pages()[0] ?? await ctx.newPage();
        const exit = new Promise<number>(resolve => { void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)); });
        await page.goto(cs.url(ws, [['extensionDevelopmentPath', cs.remote(ROOT)], ['extensionTestsPath', cs.remote(EXT_TESTS)]]));
        let timer: NodeJS.Timeout | undefined;
        const code = await Promise.race([exit, new Promise<string>(r => { timer = setTimeout(() => r('timeout'), 160000); })]);
        clearTimeout(timer);
        await page.screenshot({ path: join(ARTIFACTS, 'ext-host-suite.png') });
        assert.ok(existsSync(results), `the suite wrote no results (codeAutomationExit: ${code}); see .e2e/artifacts/code-server.log`);
        copyFileSync(results, join(ARTIFACTS, 'ext-host-results.json'));
        const r: ExtHostResults = JSON.parse(readFileSync(results, 'utf8'));
        for (const t of r.tests) console.log(`        ${t.state === 'passed' ? '✔' : '✘'} [ext host] ${t.title} (${t.ms} ms)${t.error ? `\n${t.error}` : ''}`);
        assert.ok(r.done, `the suite did not finish (codeAutomationExit: ${code})`);
        assert.equal(r.failures, 0, `${r.failures} extension-host test(s) failed`);
        assert.equal(code, 0, 'codeAutomationExit code');
        assert.ok(r.passes > 0 && r.passes === r.tests.length, `${r.passes} of ${r.tests.length} passed`);
      } finally {
        await ctx.close();
      }
    });
  });

  describe('UI with the packaged .vsix', () => {
    let ctx: BrowserContext;
    let page: Page;
    let latest: CliFinding;
    let expected: CliFinding[];
    const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `ui-${name}.png`) });
    const problemRow = (f: CliFinding) => page.locator('.markers-panel .monaco-list-row', { hasText: f.message });

    before(async () => {
      const ws = box.workspace('ws-ui');
      expected = cliFindings(join(ws, 'Dockerfile'), box.env);
      latest = expected.find(f => f.ruleName === 'no-latest-tag')!;
      assert.ok(latest, 'the sample Dockerfile has a no-latest-tag finding');
      ctx = await launchChromium(join(box.dir, 'chrome-ui'), box.env);
      page = ctx.pages()[0] ?? await ctx.newPage();
      await page.goto(cs.url(ws, [['openFile', cs.remote(join(ws, 'Dockerfile'))]]));
    });
    afterEach(async function () {
      if (this.currentTest?.state === 'failed') await shot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
    });
    after(async () => { await ctx?.close(); });

    it('underlines the findings in the editor', async () => {
      await page.waitForSelector('.tabs-container .tab[aria-label*="Dockerfile"]', { timeout: TIMEOUT });
      await page.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error', { timeout: TIMEOUT });
      if (expected.some(f => f.severity === 'error')) await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: TIMEOUT });
      await shot('1-squiggles');
    });

    it('lists every finding in the Problems panel', async () => {
      await page.keyboard.press('Control+Shift+M');
      await problemRow(latest).first().waitFor({ timeout: TIMEOUT });
      const rows = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map(r => r.replace(/\s+/g, ' '));
      for (const f of expected) assert.ok(rows.some(r => r.includes(f.message) && r.includes(f.ruleId)), `Problems shows ${f.ruleId}: ${JSON.stringify(rows)}`);
      await shot('2-problems');
    });

    async function cursorTo(line: number, character: number): Promise<void> {
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.keyboard.type(`${line + 1}:${character + 1}`);
      await page.keyboard.press('Enter');
    }

    it('explains the finding on hover', async () => {
      await cursorTo(latest.range.start.line, latest.range.start.character + 1);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      const hover = page.locator('.monaco-hover:visible', { hasText: 'Why it matters' });
      await hover.first().waitFor({ timeout: TIMEOUT });
      const text = await hover.first().innerText();
      assert.match(text, new RegExp(`${latest.ruleId} ${latest.ruleName}`));
      assert.match(text, /How to fix/);
      await shot('3-hover');
      await page.keyboard.press('Escape');
    });

    it('applies the quick fix from the light bulb', async () => {
      await cursorTo(latest.range.start.line, latest.range.start.character + 1);
      // 1.100 draws the light bulb in the gutter (`codicon-gutter-lightbulb`, `-auto-fix` when a fix is preferred).
      const bulb = page.locator('.monaco-editor [class*="codicon-gutter-lightbulb"]');
      await bulb.first().waitFor({ state: 'visible', timeout: TIMEOUT });
      await shot('4-light-bulb');
      await bulb.first().click();
      const fix = page.locator('.action-widget .monaco-list-row.action', { hasText: 'latest', hasNotText: 'Disable' });
      await fix.first().waitFor({ timeout: TIMEOUT });
      // The menu puts a pointer-blocking layer over the workbench while open: choose with the keyboard.
      const focused = page.locator('.action-widget .monaco-list-row.action.focused');
      const onFix = async () => { const label = (await focused.getAttribute('aria-label')) ?? ''; return label.includes('latest') && !label.startsWith('Disable'); };
      for (let i = 0; i < 20 && !(await onFix()); i++) await page.keyboard.press('ArrowDown');
      assert.ok(await onFix(), 'the fix can be chosen in the quick-fix menu');
      await shot('5-quick-fix-menu');
      await page.keyboard.press('Enter');
      await problemRow(latest).first().waitFor({ state: 'detached', timeout: TIMEOUT });
      const line = await page.locator('.monaco-editor .view-line').first().innerText();
      assert.doesNotMatch(line, /:latest/, `the tag was replaced: ${line}`);
      await shot('6-fixed');
    });
  });
});
