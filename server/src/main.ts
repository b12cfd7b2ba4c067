#!/usr/bin/env node
// boxlint language server: a thin LSP adapter over the engine. Runs over --stdio, --node-ipc or --socket.
import {
  createConnection, ProposedFeatures, StreamMessageReader, TextDocuments, TextDocumentSyncKind, DiagnosticSeverity, CodeActionKind,
  type Diagnostic, type InitializeResult, type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { initEngine } from '../../host/src/wasm';
import { Linter } from './linter';
import { SettingsStore } from './settings';
import type { Finding, Severity } from '../../rules/src';
import { findRule, fromAt, hoverMarkdown, imageHoverMarkdown, ruleDocUrl } from '../../rules/src';
import { codeActions, FIX_ALL_KIND, PIN_DIGEST_COMMAND, resolveFixAll, type ClientAbilities, type PinArgs } from './code-actions';
import { Models } from './models';
import { IdleMemory } from './idle-memory';
import { pinDigest } from './pin-digest';
import { consoleToStderr, StdioMessageWriter } from './stdio-writer';
const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

/** A rule's documentation link, made once per rule: every publish of a long file repeats it for each finding. */
const codeDescriptions = new Map<string, { href: string } | undefined>();
function codeDescription(ruleId: string): { href: string } | undefined {
  if (!codeDescriptions.has(ruleId)) { const rule = findRule(ruleId); codeDescriptions.set(ruleId, rule ? { href: ruleDocUrl(rule) } : undefined); }
  return codeDescriptions.get(ruleId);
}

function toDiagnostic(f: Finding): Diagnostic {
  return { range: f.range, severity: SEVERITY[f.severity], code: f.ruleId, source: 'boxlint', message: f.message, codeDescription: codeDescription(f.ruleId) };
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsStore(connection);
  // Parsers load while the client handshakes; only requests that parse wait for them.
  const engine = initEngine().catch(e => connection.console.error(`boxlint: could not load the parsers: ${(e as Error)?.stack ?? e}`));
  const idleMemory = new IdleMemory();
  const linter = new Linter(settings, engine, (uri, version, findings) => {
    void connection.sendDiagnostics({ uri, version, diagnostics: findings.map(toDiagnostic) });
    idleMemory.busy();
  }, msg => connection.console.error(msg));
  const models = new Models(doc => linter.lintedModel(doc));
  const client: ClientAbilities = { snippetEdits: false, resolveEdits: false };

  connection.onInitialize((params): InitializeResult => {
    settings.init(params);
    const workspaceEdit = params.capabilities.workspace?.workspaceEdit as { snippetEditSupport?: boolean; documentChanges?: boolean } | undefined;
    client.snippetEdits = !!workspaceEdit?.snippetEditSupport && !!workspaceEdit.documentChanges;
    client.resolveEdits = !!params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND], resolveProvider: client.resolveEdits },
        executeCommandProvider: { commands: [PIN_DIGEST_COMMAND] },
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
  documents.onDidClose(e => { linter.forget(e.document.uri); models.forget(e.document.uri); void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }); });

  const modelOf = async (doc: TextDocument) => { await engine; return models.get(doc, (await settings.lintConfig(doc.uri)).config.maxFileSize); };

  // Findings under the cursor explain themselves; a FROM image reference also shows what boxlint resolved.
  connection.onHover(async params => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    await linter.ready(doc);
    const hits = linter.findingsAt(doc, params.position);
    const parts = hits.map(f => { const rule = findRule(f.ruleId); return rule ? hoverMarkdown(rule, f) : f.message; });
    const model = await modelOf(doc);
    const from = model?.kind === 'dockerfile' ? fromAt(model, params.position) : null;
    if (model?.kind === 'dockerfile' && from) parts.push(imageHoverMarkdown(model, from));
    if (!parts.length) return null;
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: hits[0]?.range ?? from?.imageRange ?? undefined };
  });

  connection.onCodeAction(async params => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    await linter.ready(doc);
    const pin = (await settings.editorSettings(doc.uri)).pinDigests ? await modelOf(doc) : null;
    return codeActions(doc, params, linter, client, pin);
  });

  connection.onCodeActionResolve(async action => {
    const doc = documents.get((action.data as { uri?: string } | undefined)?.uri ?? '');
    if (doc) await linter.ready(doc);
    return resolveFixAll(action, doc, linter);
  });

  connection.onExecuteCommand(params => {
    if (params.command === PIN_DIGEST_COMMAND) return pinDigest(connection, documents, settings, models, params.arguments?.[0] as Partial<PinArgs>);
    return null;
  });

  documents.listen(connection);
  connection.listen();
}

/** Runs the server on the transport named in argv (--stdio, --node-ipc, --socket): dist/server.js calls it. */
export function start(): void {
  process.on('uncaughtException', e => { process.stderr.write(`boxlint: uncaught ${e?.stack ?? e}\n`); });
  if (!process.argv.includes('--stdio')) { startServer(createConnection(ProposedFeatures.all)); return; }
  consoleToStderr();
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StdioMessageWriter(process.stdout));
  // As the library does for a stdio it opens itself: an editor that goes away (stdin closed) ends the server.
  let shutdown = false;
  connection.onShutdown(() => { shutdown = true; });
  for (const event of ['end', 'close']) process.stdin.on(event, () => process.exit(shutdown ? 0 : 1));
  startServer(connection);
}

if (require.main === module) start();
