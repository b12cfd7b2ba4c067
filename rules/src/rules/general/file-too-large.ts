import type { RuleMeta } from '../../rule';

/** Reported by the engine itself (the file is not parsed), so it has metadata but no check. */
const fileTooLarge: RuleMeta = {
  id: 'BXG001',
  name: 'file-too-large',
  language: 'any',
  concern: 'maintainability',
  severity: 'info',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'The file is larger than `maxFileSize` (default 1 MiB) and was not linted.',
    why: 'Real Dockerfiles and Vagrantfiles are a few kilobytes. A huge file is usually generated or hostile; '
      + 'linting it on every keystroke would stall the editor, so boxlint skips it and says so.',
    fix: 'Raise `maxFileSize` in `.boxlint.yaml` (or the `boxlint.maxFileSize` setting) if the file is really meant to be linted.',
    bad: '# a 5 MB generated Dockerfile',
    good: '# maxFileSize: 8388608 in .boxlint.yaml',
  },
};
export default fileTooLarge;
