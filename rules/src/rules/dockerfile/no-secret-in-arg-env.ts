import { defineDockerfileRule } from '../../rule';
import { withTriggers } from '../../dockerfile/stages';
import { isSecretName } from '../../dockerfile/secrets';

export default defineDockerfileRule({
  id: 'BXD700',
  name: 'no-secret-in-arg-env',
  concern: 'secrets',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3064', kind: 'same' }, { tool: 'buildkit', id: 'SecretsUsedInArgOrEnv', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Do not pass passwords, tokens or keys through `ARG` or `ENV`.',
    why: '`ENV` values are stored in the image config and `ARG` values in the build history (`docker history` shows them): '
      + 'anyone who can pull the image can read the secret, long after it was rotated in the CI system that passed it.',
    fix: 'Use a build secret: `RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci`, '
      + 'passed with `docker build --secret id=npm_token,env=NPM_TOKEN`. At run time, inject secrets through the orchestrator.',
    bad: 'FROM node:22.11\nARG NPM_TOKEN\nENV DB_PASSWORD=changeme',
    good: 'FROM node:22.11\nRUN --mount=type=secret,id=npm_token NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci',
    notes: 'Matches names whose `_`-separated words include key, token, secret, password, passwd, pword, auth, apikey or credential(s), '
      + 'as BuildKit does. Besides BuildKit\'s exceptions (public, file, version) boxlint skips names that describe a secret rather '
      + 'than hold it (`GPG_KEY`, `SECRET_PATH`, `TOKEN_URL`, `AUTH_TYPE`, …): `GPG_KEY` holds a public key fingerprint in many official images.',
  },
  check({ model, report }) {
    for (const ins of withTriggers(model.instructions)) {
      if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV') continue;
      for (const p of ins.properties) {
        if (isSecretName(p.name)) {
          report({ range: p.nameRange, message: `\`${ins.keyword} ${p.name}\` looks like a secret: ${ins.keyword === 'ENV' ? 'ENV values are stored in the image' : 'build arguments are stored in the image history'}. Use a build secret (\`RUN --mount=type=secret\`).` });
        }
      }
    }
  },
});
