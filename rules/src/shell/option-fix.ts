// The quick fix of the kernel-sharing rules: take a `docker run` option out (its flag word and a separate value
// word). Unsafe: the container loses a power it may need, so the user applies it, never --fix.
import type { Fix } from '../types';
import type { ShellHost } from './host';
import type { ShellWord } from './script';
import type { ContainerRun } from './docker-cli';
import { removeWords } from '../removals';

/** A fix removing an option (flag and value, on one line, neither dynamic) from `run`; none when that is not certain. */
export function removeOptionFix(model: ShellHost, run: ContainerRun, option: { flag: ShellWord; word: ShellWord | null }): Fix[] {
  const words = option.word && option.word !== option.flag ? [option.flag, option.word] : [option.flag];
  if (words.some(w => w.value === null)) return [];
  const { source } = run.command;
  // A Dockerfile RUN continues lines with its escape character; heredoc bodies and Vagrant scripts with `\`.
  const continuation = model.kind === 'dockerfile' && !source.heredoc ? (model as { escapeChar?: string }).escapeChar ?? '\\' : '\\';
  const edit = removeWords(model.lines, source.offset + words[0].start, source.offset + words[words.length - 1].end, continuation);
  return edit ? [{ title: `Remove \`${words.map(w => w.text).join(' ')}\``, safety: 'unsafe', edits: [edit] }] : [];
}
