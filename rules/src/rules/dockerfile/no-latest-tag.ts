import { defineDockerfileRule } from '../../rule';
import { externalImages } from '../../dockerfile/images';
import { literalReference } from '../../dockerfile/image-info';

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
      // Where `latest` is written: the FROM word, or the ARG default the reference comes from.
      const spot = literalReference(model, img.from);
      const end = spot?.range.end;
      const tag = literal ? tagRange : spot && end && spot.text.endsWith(':latest')
        ? { start: { line: end.line, character: end.character - 6 }, end } : null;
      report({
        range: literal ? tagRange : img.range,
        message: `Image ${img.label} uses \`latest\`: pin a release tag.`,
        fixes: tag ? [{ title: literal ? 'Replace `latest` with a release tag' : 'Replace `latest` in the ARG default with a release tag', safety: 'unsafe', snippet: true, edits: [{ range: tag, newText: '${1:tag}' }] }] : [],
      });
    }
  },
});
