import { defineDockerfileRule } from '../../rule';
import { externalImages } from '../../dockerfile/images';

export default defineDockerfileRule({
  id: 'BXD402',
  name: 'no-latest-tag',
  concern: 'unpinned-image',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3007', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: '`FROM` must not use the `latest` tag.',
    why: '`latest` moves with every upstream push: the image you tested is not the one the next build pulls, and a '
      + 'bad or malicious push reaches you without any change to your file.',
    fix: 'Pin a release tag (`node:22.11`), and a digest for full reproducibility.',
    bad: 'FROM node:latest',
    good: 'FROM node:22.11-bookworm',
    notes: 'A `latest` tag that is also pinned by digest (`node:latest@sha256:…`) is not flagged: the digest fixes the content.',
  },
  check({ model, report }) {
    for (const img of externalImages(model)) {
      const { ref, tagRange } = img.from;
      if (!ref || ref.tag !== 'latest' || ref.digest) continue;
      const literal = img.from.resolved === img.from.image && tagRange;
      report({
        range: literal ? tagRange : img.range,
        message: `Image ${img.label} uses \`latest\`: pin a release tag.`,
        fixes: literal ? [{ title: 'Replace `latest` with a release tag', safety: 'unsafe', snippet: true, edits: [{ range: tagRange, newText: '${1:tag}' }] }] : [],
      });
    }
  },
});
