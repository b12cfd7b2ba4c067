// The "Pin to digest" command: asks the image's registry for the digest its tag points at now and
// applies `image:tag@sha256:…`. Runs only when the user picked the action and boxlint.pinDigests is on;
// any failure becomes one message and no edit.
import { MessageType, ShowMessageNotification, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { digestPinEdit } from '../../rules/src/edits';
import { resolveDigest, type RegistryOptions } from '../../host/src/registry';
import type { PinArgs } from './code-actions';
import type { Models } from './models';
import type { SettingsStore } from './settings';

export interface PinResult { applied: boolean; message: string }

export async function pinDigest(
  connection: Connection, documents: TextDocuments<TextDocument>, settings: SettingsStore, models: Models,
  args: Partial<PinArgs> | undefined, registry: RegistryOptions = {},
): Promise<PinResult> {
  const fail = (message: string): PinResult => {
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `boxlint: ${message}` });
    return { applied: false, message };
  };
  const doc = args?.uri ? documents.get(args.uri) : undefined;
  if (!doc || typeof args?.stage !== 'number') return fail('cannot pin: the document is not open');
  const s = await settings.editorSettings(doc.uri);
  if (!s.pinDigests) return fail('pinning to digests is off: set `boxlint.pinDigests` to true to let boxlint ask registries');
  const fromOf = (d: TextDocument) => {
    const model = models.get(d, s.maxFileSize);
    return model?.kind === 'dockerfile' ? { model, from: model.stages[args.stage!]?.from } : null;
  };
  const before = fromOf(doc);
  const reference = before?.from?.resolved;
  if (!before?.from || !reference || args.version !== doc.version) return fail('cannot pin: the file changed since the action was offered; try again');

  const result = await resolveDigest(reference, registry);
  if (!result.ok) return fail(`could not pin \`${reference}\` to a digest: ${result.message}`);

  // The file may have changed while the registry answered: edit the current version if the FROM is still there.
  const now = documents.get(doc.uri);
  const after = now && fromOf(now);
  const edit = after?.from && after.from.resolved === reference ? digestPinEdit(after.model, after.from, result.digest) : null;
  if (!now || !edit) return fail(`could not pin \`${reference}\`: the FROM line changed while the registry answered`);
  const applied = await connection.workspace.applyEdit({
    label: `Pin ${reference} to ${result.digest}`,
    edit: { documentChanges: [{ textDocument: { uri: now.uri, version: now.version }, edits: [edit] }] },
  });
  if (!applied.applied) return fail(`the editor did not apply the pin for \`${reference}\`${applied.failureReason ? `: ${applied.failureReason}` : ''}`);
  return { applied: true, message: `pinned \`${reference}\` to ${result.digest}` };
}
