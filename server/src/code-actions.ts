// Code actions: each finding's fixes (as snippets when the client can take them), "disable for this
// line/file", fix-all, and the opt-in "Pin to digest" on FROM lines.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveSnippet, type Fix, type Model } from '../../rules/src';
import { pinnableReference } from '../../rules/src/edits';
import type { Linter } from './linter';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.boxlint`;
export const PIN_DIGEST_COMMAND = 'boxlint.pinDigest';
const FIX_ALL_TITLE = 'Fix all certain boxlint problems';

/** Rules a digest pin settles: no tag, `latest`, tag only. */
const PIN_SETTLES = new Set(['BXD401', 'BXD402', 'BXD403']);

export interface ClientAbilities {
  /** LSP 3.18 `workspace.workspaceEdit.snippetEditSupport`: SnippetTextEdit inside TextDocumentEdit. */
  snippetEdits: boolean;
  /** `codeAction.resolveSupport` covers `edit`: fix-all is computed only when the user picks it. */
  resolveEdits: boolean;
}

/** What a fix-all action sent without its edit carries, to be resolved (codeAction/resolve). */
export interface FixAllData { uri: string; version: number }

/** A fix as a workspace edit: snippet placeholders go to clients that support them, defaults to the rest. */
export function fixEdit(doc: TextDocument, fix: Fix, client: ClientAbilities): WorkspaceEdit {
  if (fix.snippet && client.snippetEdits) {
    const edits = fix.edits.map(e => ({ range: e.range, snippet: { kind: 'snippet', value: e.newText } }));
    // SnippetTextEdit is LSP 3.18; vscode-languageserver 9 types stop at 3.17.
    return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: edits as never[] }] };
  }
  return { changes: { [doc.uri]: fix.edits.map(e => ({ range: e.range, newText: fix.snippet ? resolveSnippet(e.newText) : e.newText })) } };
}

export interface PinArgs { uri: string; version: number; stage: number }

/** "Pin to digest" for each FROM in the requested lines whose reference is written out and has no digest. */
function pinActions(doc: TextDocument, model: Model, params: CodeActionParams, wants: (kind: string) => boolean): CodeAction[] {
  if (model.kind !== 'dockerfile') return [];
  const out: CodeAction[] = [];
  const { start, end } = params.range;
  for (const stage of model.stages) {
    const from = stage.from;
    const r = from.instruction.range;
    if (r.end.line < start.line || r.start.line > end.line) continue;
    if (!from.ref || !pinnableReference(model, from)) continue;
    const related = params.context.diagnostics.filter(d => d.source === 'boxlint' && PIN_SETTLES.has(String(d.code)) && d.range.start.line === r.start.line);
    const kind = related.length ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite;
    if (!wants(kind)) continue;
    const title = `Pin \`${from.resolved}\`${from.ref.tag ? '' : ' (latest)'} to its current digest (asks the registry)`;
    const args: PinArgs = { uri: doc.uri, version: doc.version, stage: stage.index };
    out.push({ title, kind, diagnostics: related.length ? related : undefined, command: { title, command: PIN_DIGEST_COMMAND, arguments: [args] } });
  }
  return out;
}

/** Fills in the edit of a fix-all action sent without one, if the document is still at that version. */
export function resolveFixAll(action: CodeAction, doc: TextDocument | undefined, linter: Linter): CodeAction {
  const data = action.data as Partial<FixAllData> | undefined;
  if (action.kind !== FIX_ALL_KIND || !doc || data?.uri !== doc.uri || data.version !== doc.version) return action;
  const fixed = linter.fixAll(doc);
  return fixed ? { ...action, edit: { changes: { [doc.uri]: [fixed] } } } : action;
}

export function codeActions(
  doc: TextDocument, params: CodeActionParams, linter: Linter, client: ClientAbilities, pin: Model | null,
): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some(k => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(FIX_ALL_KIND)) {
    // Editors ask on every cursor move and fix-all lints the file several times: a client that can resolve gets it on
    // demand, unless it asked for fix-all by kind (on save).
    if (client.resolveEdits && !only) {
      if (linter.hasSafeFixes(doc)) actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, data: { uri: doc.uri, version: doc.version } satisfies FixAllData });
    } else {
      const fixed = linter.fixAll(doc);
      if (fixed) actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: [fixed] } } });
    }
  }
  if (wants(CodeActionKind.QuickFix)) {
    for (const diag of params.context.diagnostics) {
      if (diag.source !== 'boxlint') continue;
      const finding = linter.findingFor(doc, diag);
      if (!finding) continue;
      const action = (fix: Fix, preferred: boolean): CodeAction => ({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diag as Diagnostic], isPreferred: preferred || undefined, edit: fixEdit(doc, fix, client) });
      for (const fix of finding.fixes) actions.push(action(fix, fix.safety === 'safe'));
      for (const fix of linter.suppressions(doc, finding)) actions.push(action(fix, false));
    }
  }
  if (pin) actions.push(...pinActions(doc, pin, params, wants));
  return actions;
}
