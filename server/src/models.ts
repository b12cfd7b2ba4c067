// Parsed models of open documents, one per version, for requests that read a file's structure
// (image hover, "Pin to digest") rather than its findings.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { detectKind, parse, type FileKind, type Model } from '../../rules/src';

/**
 * What the document is linted as, or null (not linted). The file name decides first; a name it does not
 * know is linted by its language: `dockerfile` documents as Dockerfiles (a user association such as
 * `Dockerfile.prod`), `vagrantfile` documents as Vagrantfiles, and any other Ruby file is not a Vagrantfile.
 */
export function documentKind(doc: TextDocument): FileKind | null {
  const byName = detectKind(doc.uri);
  if (byName) return byName;
  if (doc.languageId === 'vagrantfile') return 'vagrantfile';
  return doc.languageId === 'ruby' ? null : 'dockerfile';
}

export class Models {
  private readonly cache = new Map<string, { version: number; model: Model | null }>();

  /** `linted`: the model the lint of the current version already built, if any. */
  constructor(private readonly linted: (doc: TextDocument) => Model | undefined) {}

  /**
   * The Dockerfile model of the document's current version; null when it is over `maxSize`, cannot be
   * parsed, or is a Vagrantfile (prism may hang on hostile input and only runs under the lint watchdog).
   */
  get(doc: TextDocument, maxSize: number): Model | null {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.model;
    let model: Model | null = null;
    const text = doc.getText();
    if (text.length <= maxSize && documentKind(doc) === 'dockerfile') {
      try { model = this.linted(doc) ?? parse(text, 'dockerfile'); } catch { model = null; }
    }
    this.cache.set(doc.uri, { version: doc.version, model });
    return model;
  }

  forget(uri: string): void { this.cache.delete(uri); }
}
