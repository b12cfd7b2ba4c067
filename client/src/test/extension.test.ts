// The extension-host suite: the real VS Code API against the real extension and its bundled server. The
// workspace is a throwaway copy of test-fixtures/sample (the runners make it), so edits never touch the repo.
// Expected diagnostics come from the bundled CLI on the same file: the editor must show exactly those.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EXTENSION_ID, boxlintDiagnostics, cliFindings, codeOf, expectedFor, hoverText, setRules, summarize, toRange,
  waitForDiagnostics, type Expected,
} from './helpers';

function fileInWorkspace(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens a workspace folder (a copy of test-fixtures/sample)');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Puts `text` back as the document's content (and on disk), whatever a test edited or saved. */
async function restore(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  assert.equal(await vscode.workspace.applyEdit(edit), true);
  assert.equal(await doc.save(), true);
}

describe('boxlint in the VS Code extension host', () => {
  describe('Dockerfile', () => {
    const uri = fileInWorkspace('Dockerfile');
    let doc: vscode.TextDocument;
    let original: string;
    let expected: Expected[];
    let latestTag: Expected;
    const sameAsCli = (d: vscode.Diagnostic[]) => JSON.stringify(summarize(d)) === JSON.stringify(expectedFor(expected));

    before(async () => {
      expected = cliFindings(uri.fsPath);
      const found = expected.find(f => f.ruleName === 'no-latest-tag');
      assert.ok(found, `the sample Dockerfile has a no-latest-tag finding (CLI said ${JSON.stringify(expected.map(f => f.ruleName))})`);
      latestTag = found;
      doc = await open(uri);
      original = doc.getText();
    });
    afterEach(async () => { if (doc.getText() !== original || doc.isDirty) await restore(doc, original); });

    it('activates the extension on a Dockerfile', async () => {
      assert.equal(doc.languageId, 'dockerfile');
      await waitForDiagnostics(uri, d => d.length > 0, 'first boxlint diagnostics', 60000);
      assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    });

    it('shows the same codes, ranges, severities and messages as the CLI', async () => {
      const diags = await waitForDiagnostics(uri, sameAsCli, 'diagnostics equal to the CLI findings');
      assert.deepEqual(summarize(diags), expectedFor(expected));
      const d = diags.find(x => codeOf(x) === latestTag.ruleId)!;
      assert.equal(doc.getText(d.range), 'latest', 'the range is the tag, not the line');
      assert.match(String(typeof d.code === 'object' ? d.code.target : ''), /docs\/rules\.md/, 'the code links to the rule docs');
    });

    it('explains a finding on hover', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, toRange(latestTag.range).start.translate(0, 1));
      const text = hoverText(hovers);
      assert.match(text, new RegExp(`${latestTag.ruleId} ${latestTag.ruleName}`));
      assert.match(text, /Why it matters/);
      assert.match(text, /How to fix/);
    });

    it('offers a quick fix and suppressions; applying the fix removes the diagnostic', async () => {
      const range = toRange(latestTag.range);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
      const titles = actions.map(a => a.title);
      assert.ok(titles.includes(`Disable ${latestTag.ruleId} (${latestTag.ruleName}) for this line`), JSON.stringify(titles));
      assert.ok(titles.includes(`Disable ${latestTag.ruleId} (${latestTag.ruleName}) for this file`), JSON.stringify(titles));
      // The API drops CodeAction.diagnostics, so find the fix by what it edits: exactly the flagged tag.
      const fix = actions.find(a => !a.title.startsWith('Disable ') && a.edit?.get(uri).some(e => e.range.isEqual(range)));
      assert.ok(fix?.edit, `a quick fix that edits ${latestTag.ruleId}'s range among ${JSON.stringify(titles)}`);

      assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
      assert.notEqual(doc.getText(range), 'latest');
      const after = summarize(await waitForDiagnostics(uri, d => !d.some(x => codeOf(x) === latestTag.ruleId) && d.length > 0, `${latestTag.ruleId} to go after the fix`));
      // The new text may draw findings of its own (a tag is not a digest); every other finding stays.
      const others = expectedFor(expected).filter(e => e.code !== latestTag.ruleId);
      const start = (r: string) => r.split('-')[0];
      for (const o of others) assert.ok(after.some(a => a.code === o.code && start(a.range) === start(o.range)), `${o.code} at ${o.range} is still reported`);
    });

    it('applies a "disable for this line" suppression', async () => {
      await waitForDiagnostics(uri, sameAsCli, 'diagnostics back after the edit was undone');
      const diag = boxlintDiagnostics(uri).find(x => codeOf(x) === latestTag.ruleId)!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value);
      const disable = actions.find(a => a.title === `Disable ${latestTag.ruleId} (${latestTag.ruleName}) for this line`);
      assert.ok(disable?.edit, `a "disable for this line" action among ${JSON.stringify(actions.map(a => a.title))}`);
      assert.equal(await vscode.workspace.applyEdit(disable.edit), true);
      assert.match(doc.getText(), new RegExp(`# boxlint ignore=${latestTag.ruleId}`));
      await waitForDiagnostics(uri, d => !d.some(x => codeOf(x) === latestTag.ruleId) && d.length > 0, `${latestTag.ruleId} suppressed`);
    });

    it('follows the boxlint.rules setting (by name, by hadolint alias, then reset)', async () => {
      await waitForDiagnostics(uri, sameAsCli, 'diagnostics back after the edit was undone');
      try {
        await setRules({ [latestTag.ruleName]: 'off' });
        await waitForDiagnostics(uri, d => !d.some(x => codeOf(x) === latestTag.ruleId) && d.length === expected.length - 1, `${latestTag.ruleName}: off`);

        const alias = latestTag.aliases[0];
        assert.ok(alias, 'no-latest-tag has a hadolint alias');
        await setRules({ [alias]: 'error' });
        const raised = await waitForDiagnostics(uri, d => d.some(x => codeOf(x) === latestTag.ruleId && x.severity === vscode.DiagnosticSeverity.Error), `${alias}: error`);
        assert.equal(raised.length, expected.length);
      } finally {
        await setRules(undefined);
      }
      await waitForDiagnostics(uri, sameAsCli, 'diagnostics back to the defaults after the setting is removed');
    });
  });

  describe('Vagrantfile', () => {
    const uri = fileInWorkspace('Vagrantfile');

    it('shows the CLI\'s findings, with a Vagrantfile rule (BXV) among them, and explains it on hover', async () => {
      const expected = cliFindings(uri.fsPath);
      const vagrantRule = expected.find(f => f.ruleId.startsWith('BXV'));
      assert.ok(vagrantRule, `the CLI finds a Vagrantfile rule in the sample (it said ${JSON.stringify(expected.map(f => f.ruleName))})`);
      const doc = await open(uri);
      assert.equal(doc.languageId, 'ruby');
      await waitForDiagnostics(uri, d => JSON.stringify(summarize(d)) === JSON.stringify(expectedFor(expected)), 'Vagrantfile diagnostics equal to the CLI findings');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, toRange(vagrantRule.range).start.translate(0, 1));
      assert.match(hoverText(hovers), new RegExp(`${vagrantRule.ruleId} ${vagrantRule.ruleName}`));
    });
  });
});
