import { defineDockerfileRule } from '../../rule';
import { unquote } from '../../dockerfile/stages';
import { removeWords } from '../../removals';
import type { Fix } from '../../types';

export default defineDockerfileRule({
  id: 'BXD014',
  name: 'no-constant-from-platform',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3029', kind: 'same' }, { tool: 'buildkit', id: 'FromPlatformFlagConstDisallowed', kind: 'same' }],
  fixable: 'unsafe',
  scope: 'stage',
  docs: {
    summary: '`FROM --platform` must not be a constant such as `linux/amd64`.',
    why: 'A fixed platform overrides `docker build --platform`: multi-platform builds silently produce the same architecture '
      + 'everywhere, and on other machines the image runs under slow emulation or not at all.',
    fix: 'Drop the flag, or use `--platform=$BUILDPLATFORM` for build stages that cross-compile.',
    bad: 'FROM --platform=linux/amd64 golang:1.23',
    good: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build',
    notes: 'As in BuildKit, a stage whose name contains the platform\'s OS or architecture (`FROM --platform=linux/arm64 … AS build-arm64`) '
      + 'is taken as deliberate and not flagged; hadolint\'s DL3029 flags it. Two unsafe quick fixes (never applied by `--fix`), '
      + 'since which one is right depends on what the stage is for: remove the flag, or, for a stage other than the last, '
      + 'use `$BUILDPLATFORM`.',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const flag = stage.from.instruction.flags.find(f => f.name.toLowerCase() === 'platform');
      if (!flag?.value || !flag.valueRange || flag.value.includes('$')) continue;
      const [os = '', arch = ''] = unquote(flag.value).toLowerCase().split('/');
      const name = stage.from.alias?.toLowerCase() ?? '';
      if (name && ((os && name.includes(os)) || (arch && name.includes(arch)))) continue;
      const fixes: Fix[] = [];
      const removal = removeWords(model.lines, model.lines.offsetAt(flag.range.start), model.lines.offsetAt(flag.range.end), model.escapeChar);
      if (removal) fixes.push({ title: `Remove \`${model.lines.textOf(flag.range)}\``, safety: 'unsafe', edits: [removal] });
      // A build stage that cross-compiles runs natively with $BUILDPLATFORM; the last stage is the image itself.
      if (!stage.isLast) fixes.push({ title: 'Use `--platform=$BUILDPLATFORM`', safety: 'unsafe', edits: [{ range: flag.valueRange, newText: '$BUILDPLATFORM' }] });
      report({ range: flag.valueRange, message: `\`--platform=${flag.value}\` pins this stage to one platform and overrides \`docker build --platform\`: remove it or use \`$BUILDPLATFORM\`.`, fixes });
    }
  },
});
