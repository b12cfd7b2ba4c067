import { defineDockerfileRule } from '../../rule';
import { withTriggers } from '../../dockerfile/stages';
import { secretValueKind } from '../../dockerfile/secrets';

export default defineDockerfileRule({
  id: 'BXD701',
  name: 'no-hardcoded-secret',
  concern: 'secrets',
  severity: 'error',
  aliases: [],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'No credentials (tokens, access keys, private keys, passwords in URLs) written in `ARG`, `ENV` or `LABEL` values.',
    why: 'A credential in the Dockerfile is in the repository history, in every image built from it and in every registry it is '
      + 'pushed to. Treat it as leaked: rotate it, then remove it.',
    fix: 'Revoke the credential, then provide it at build time as a secret (`RUN --mount=type=secret`) or at run time from the orchestrator.',
    bad: 'FROM node:22.11\nENV DATABASE_URL=postgres://app:s3cr3t@db:5432/app',
    good: 'FROM node:22.11\nENV DATABASE_HOST=db DATABASE_PORT=5432',
    notes: 'Recognises the shapes of AWS access key ids, GitHub/GitLab/Slack/Google/Stripe/npm tokens, PEM private keys and '
      + '`scheme://user:password@host` URLs; values built from variables are not judged. Secret-sounding names with any value are '
      + 'flagged by no-secret-in-arg-env (BXD700).',
  },
  check({ model, report }) {
    for (const ins of withTriggers(model.instructions)) {
      if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV' && ins.keyword !== 'LABEL') continue;
      for (const p of ins.properties) {
        const kind = p.value && p.valueRange ? secretValueKind(p.value) : null;
        if (kind) report({ range: p.valueRange!, message: `The value of \`${p.name}\` looks like ${kind}: it is readable by anyone with the file or the image. Revoke it and pass it as a secret.` });
      }
    }
  },
});
