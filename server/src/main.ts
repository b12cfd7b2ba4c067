#!/usr/bin/env node
// boxlint language server: a thin LSP adapter over the engine. Runs over --stdio, --node-ipc or --socket.
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, DiagnosticSeverity, CodeActionKind,
  type Diagnostic, type CodeAction, type InitializeResult, type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { initEngine } from '../../host/src/wasm';
import { Linter } from './linter';
import { SettingsStore } from './settings';
import type { Finding, Fix, Severity } from '../../rules/src';
import { findRule, hoverMarkdown, resolveSnippet, ruleDocUrl } from '../../rules/src';

const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.boxlint`;
const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

function toDiagnostic(f: Finding): Diagnostic {
  const rule = findRule(f.ruleId);
  return {
    range: f.range, severity: SEVERITY[f.severity], code: f.ruleId, source: 'boxlint', message: f.message,
    codeDescription: rule ? { href: ruleDocUrl(rule) } : undefined,
    data: { ruleId: f.ruleId },
  };
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsStore(connection);
  const linter = new Linter(settings, (uri, version, findings) => {
    void connection.sendDiagnostics({ uri, version, diagnostics: findings.map(toDiagnostic) });
  }, msg => connection.console.error(msg));

  connection.onInitialize(async (params): Promise<InitializeResult> => {
    settings.init(params);
    await initEngine();
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      },
      serverInfo: { name: 'boxlint' },
    };
  });
  connection.onInitialized(() => settings.register());
  const relintAll = () => { for (const d of documents.all()) linter.schedule(d, 0); };
  settings.onChange(relintAll);
  // A .boxlint.yaml / .hadolint.yaml changed on disk (the client watches them).
  connection.onDidChangeWatchedFiles(() => { settings.reloadProjectConfig(); relintAll(); });

  documents.onDidOpen(e => linter.schedule(e.document, 0));
  documents.onDidChangeContent(e => linter.schedule(e.document));
  documents.onDidClose(e => { linter.forget(e.document.uri); void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }); });

  connection.onHover(params => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const hits = linter.findingsAt(doc, params.position);
    if (!hits.length) return null;
    const value = hits.map(f => { const rule = findRule(f.ruleId); return rule ? hoverMarkdown(rule, f) : f.message; }).join('\n\n---\n\n');
    return { contents: { kind: 'markdown', value }, range: hits[0].range };
  });

  connection.onCodeAction(params => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some(k => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    const edit = (fix: Fix) => ({ changes: { [doc.uri]: fix.edits.map(e => ({ range: e.range, newText: fix.snippet ? resolveSnippet(e.newText) : e.newText })) } });
    if (wants(FIX_ALL_KIND)) {
      const fixed = linter.fixAll(doc);
      if (fixed) actions.push({ title: 'Fix all certain boxlint problems', kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: [fixed] } } });
    }
    if (wants(CodeActionKind.QuickFix)) {
      for (const diag of params.context.diagnostics) {
        if (diag.source !== 'boxlint') continue;
        const finding = linter.findingFor(doc, diag);
        if (!finding) continue;
        for (const fix of finding.fixes) {
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diag], isPreferred: fix.safety === 'safe', edit: edit(fix) });
        }
        for (const fix of linter.suppressions(doc, finding)) {
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diag], edit: edit(fix) });
        }
      }
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
}

if (require.main === module) {
  process.on('uncaughtException', e => { process.stderr.write(`boxlint: uncaught ${e?.stack ?? e}\n`); });
  startServer(createConnection(ProposedFeatures.all));
}
