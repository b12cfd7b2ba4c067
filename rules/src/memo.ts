// Data derived from a per-document object (a model, a stage, a parsed script), kept on that object.

/** An object that carries derived data for `Memo`: made with `memo: undefined`. */
export interface Memoized { memo: Record<symbol, unknown> | undefined }

/**
 * A WeakMap from per-document objects to what rules derive from them, stored on the object instead. V8's
 * young-generation GC treats a WeakMap's values as strong: a value leading back to its key (the commands of a
 * model's command index keep the model) kept the whole document alive until the next full GC, so a CLI pass over
 * the corpus copied and promoted a third of what it allocated and spent about half of its CPU time in GC. A slot
 * on the object dies with it. Each Memo has a symbol of its own: two copies of this module loaded side by side
 * cannot write each other's slots, as numbered ones could.
 */
export class Memo<K extends Memoized, V> {
  private readonly slot = Symbol('memo');
  get(key: K): V | undefined { return key.memo?.[this.slot] as V | undefined; }
  set(key: K, value: V): V { (key.memo ??= {})[this.slot] = value; return value; }
}
