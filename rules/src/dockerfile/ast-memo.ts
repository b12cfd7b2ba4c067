// dockerfile-ast recomputes an instruction's argument list on every getter call (getArguments, getFlags,
// getArgumentsRange and the JSON scan in constructors all rescan the text with positionAt per character
// boundary), which made parsing ~4x slower than needed (see README "Performance"). A parsed instruction never
// changes, so the scan is memoised per instance. Callers get fresh copies: ModifiableInstruction.getArguments()
// shifts flags off the returned array and From's getters reassign `range.start/end` of the arguments they read.
import { Argument, Instruction } from 'dockerfile-ast';

interface Memo { __boxlintRawArgs?: Argument[] }
const proto = Instruction.prototype as unknown as { getRawArguments(this: Memo): Argument[]; __boxlintMemo?: true };

if (!proto.__boxlintMemo) {
  const scan = proto.getRawArguments;
  proto.getRawArguments = function (this: Memo) {
    const args = (this.__boxlintRawArgs ??= scan.call(this));
    return args.map(a => { const r = a.getRange(); return new Argument(a.getValue(), { start: { ...r.start }, end: { ...r.end } }); });
  };
  proto.__boxlintMemo = true;
}
