// dockerfile-ast recomputes an instruction's argument list on every getter call (getArguments, getFlags,
// getArgumentsRange and the JSON scan in constructors all rescan the text with positionAt per character
// boundary), which made parsing ~4x slower than needed (see README "Performance"). A parsed instruction never
// changes, so the scan is memoised per instance. Callers get a fresh array (ModifiableInstruction.getArguments()
// shifts flags off it); FROM gets fresh ranges too, because its getters reassign `range.start/end` of the
// arguments they read (the only such mutation in dockerfile-ast 0.7.1).
import { Argument, From, Instruction } from 'dockerfile-ast';

interface Memo { __boxlintRawArgs?: Argument[] }
type Proto = { getRawArguments(this: Memo): Argument[]; __boxlintMemo?: true };
const base = Instruction.prototype as unknown as Proto;

if (!base.__boxlintMemo) {
  const scan = base.getRawArguments;
  const memo = (self: Memo) => (self.__boxlintRawArgs ??= scan.call(self));
  base.getRawArguments = function (this: Memo) { return memo(this).slice(); };
  (From.prototype as unknown as Proto).getRawArguments = function (this: Memo) {
    return memo(this).map(a => { const r = a.getRange(); return new Argument(a.getValue(), { start: { ...r.start }, end: { ...r.end } }); });
  };
  base.__boxlintMemo = true;
}
