import { defineVagrantfileRule } from '../../rule';
import { MAX_NESTING } from '../../vagrantfile/nesting';

export default defineVagrantfileRule({
  id: 'BXV002',
  name: 'no-excessive-nesting',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: `The Vagrantfile nests more than ${MAX_NESTING} levels deep, or could not be parsed in time: it was not linted.`,
    why: 'Ruby\'s parser (prism, compiled to WebAssembly) can hang or crash on extremely deep nesting, so boxlint refuses '
      + 'such files instead of risking the editor, and stops any parse that takes too long. No real Vagrantfile nests '
      + 'this deeply; the file is generated or hostile, and nothing else in it was checked.',
    fix: 'Flatten the nested brackets, blocks or string interpolations (move parts into variables or methods).',
    bad: `x = ${'['.repeat(MAX_NESTING + 1)}${']'.repeat(MAX_NESTING + 1)}`,
    good: 'x = [[1, 2], [3, 4]]',
    notes: 'The depth is a lexical estimate before parsing (brackets, do/begin/def blocks, `#{}` interpolations, '
      + 'operator chains). The CLI and the language server also parse in a worker thread with a time limit; a parse '
      + 'that exceeds it is reported by this rule too.',
  },
  check({ model, report }) {
    if (model.refused) report({ range: model.refused.range, message: model.refused.message });
  },
});
