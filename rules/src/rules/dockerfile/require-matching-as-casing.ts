import { defineDockerfileRule } from '../../rule';

export default defineDockerfileRule({
  id: 'BXD036',
  name: 'require-matching-as-casing',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'buildkit', id: 'FromAsCasing', kind: 'same' }],
  fixable: 'safe',
  scope: 'stage',
  docs: {
    summary: 'The `AS` keyword should be written in the same case as `FROM`.',
    why: 'Mixed casing (`FROM image as name`) makes the stage name harder to spot and is inconsistent with the rest of the file.',
    fix: 'Write `FROM … AS name` (or `from … as name` in an all-lowercase file).',
    bad: 'FROM golang:1.23 as build',
    good: 'FROM golang:1.23 AS build',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const ins = stage.from.instruction;
      const asWord = ins.args.find((a, i) => i > 0 && a.value.toLowerCase() === 'as');
      if (!asWord) continue;
      const fromUpper = ins.rawKeyword === ins.rawKeyword.toUpperCase();
      const fromLower = ins.rawKeyword === ins.rawKeyword.toLowerCase();
      const want = fromUpper ? 'AS' : fromLower ? 'as' : null;
      if (!want || asWord.value === want) continue;
      report({
        range: asWord.range,
        message: `\`${asWord.value}\` and \`${ins.rawKeyword}\` are cased differently: write \`${want}\`.`,
        fixes: [{ title: `Write ${want}`, safety: 'safe', edits: [{ range: asWord.range, newText: want }] }],
      });
    }
  },
});
