import { defineDockerfileRule } from '../../rule';
import { externalImages } from '../../dockerfile/images';

export default defineDockerfileRule({
  id: 'BXD403',
  name: 'require-image-digest',
  concern: 'unpinned-image',
  severity: 'info',
  aliases: [],
  fixable: 'none',
  scope: 'stage',
  docs: {
    summary: '`FROM` should pin the image by digest (`@sha256:…`).',
    why: 'A tag is a name the publisher can move: `debian:12` today is not `debian:12` next month, and a registry '
      + 'or account compromise can point it at anything. Only a digest names exact content.',
    fix: 'Append the digest of the image you tested: `FROM debian:12@sha256:<digest>` (`docker buildx imagetools inspect` '
      + 'prints it). Keep the tag for readers; Docker uses the digest.',
    bad: 'FROM debian:12',
    good: 'FROM debian:12@sha256:b8084b1a576c5504a031936e1132574f4ce1d6cc7130bf8ed5e2a6a5bc7d8e4e',
    notes: 'Informational: digests need a process to update them (Renovate, Dependabot). Turn it off if you rely on tags on purpose. '
      + 'In VS Code, set `boxlint.pinDigests` to offer **Pin to digest**, which asks the registry for the current digest (no network otherwise).',
  },
  check({ model, report }) {
    for (const img of externalImages(model)) {
      if (!img.from.ref || img.from.ref.digest || !img.from.ref.tag || img.from.ref.tag === 'latest') continue;
      report({ range: img.range, message: `Image ${img.label} is pinned by tag only: add \`@sha256:<digest>\` for content that cannot move.` });
    }
  },
});
