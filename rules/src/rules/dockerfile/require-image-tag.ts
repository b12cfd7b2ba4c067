import { defineDockerfileRule } from '../../rule';
import { externalImages } from '../../dockerfile/images';
import { literalReference } from '../../dockerfile/image-info';

export default defineDockerfileRule({
  id: 'BXD401',
  name: 'require-image-tag',
  concern: 'unpinned-image',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3006', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: '`FROM` must name a tag (or a digest).',
    why: 'An image without a tag means `latest`, whatever that is on the day of the build. The same Dockerfile then '
      + 'builds a different image tomorrow, and a compromised or broken upstream push lands in your build unnoticed.',
    fix: 'Add an explicit release tag (`debian:12.5`), better a digest as well (`debian:12.5@sha256:…`).',
    bad: 'FROM ubuntu',
    good: 'FROM ubuntu:24.04',
    notes: 'References built from `ARG`s are resolved through the ARG defaults, so `ARG BASE=ubuntu` + `FROM $BASE` is '
      + 'flagged too (hadolint skips any reference containing a variable). A reference with no default stays unjudged.',
  },
  check({ model, report }) {
    for (const img of externalImages(model)) {
      const { ref } = img.from;
      if (!ref || ref.tag || ref.digest) continue;
      // The tag goes where the reference is written: the FROM word, or the ARG default it comes from.
      const spot = literalReference(model, img.from);
      const end = spot?.range.end;
      report({
        range: img.range,
        message: `Image ${img.label} has no tag, so it means \`latest\`: pin a release tag.`,
        fixes: end
          ? [{ title: spot.range === img.from.imageRange ? 'Add a tag' : 'Add a tag to the ARG default', safety: 'unsafe', snippet: true, edits: [{ range: { start: end, end }, newText: ':${1:tag}' }] }]
          : [],
      });
    }
  },
});
