import { defineDockerfileRule } from '../../rule';
import { copyParts, unquote, withTriggers } from '../../dockerfile/stages';
import { basename, isUrl } from '../../dockerfile/sources';

/** Why a copied path is a secret, or null. */
function secretFile(path: string): string | null {
  const p = unquote(path).replace(/\\/g, '/');
  const name = basename(p);
  if (/^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/.test(name)) return 'an SSH private key';
  if (name === '.ssh' || /(^|\/)\.ssh\//.test(p)) return 'an SSH directory';
  if (/^\.env(\.(?!example$|sample$|template$|dist$|defaults?$|schema$)[\w-]+)?$/.test(name)) return 'an environment file with secrets';
  if (['.netrc', '.git-credentials', '.pypirc', '.pgpass'].includes(name)) return 'a credentials file';
  if (/(^|\/)\.(aws|docker|kube)\/(credentials|config\.json|config)$/.test(p)) return 'a credentials file';
  if (/\.(p12|pfx|jks|keystore)$/i.test(name)) return 'a key store';
  if (/\.pem$/i.test(name) && /key|priv/i.test(name)) return 'a private key';
  if (/\.key$/i.test(name) && !/gpg|pgp|apt|repo|sign|release|pub|keyring|archive/i.test(name)) return 'a private key';
  return null;
}

export default defineDockerfileRule({
  id: 'BXD702',
  name: 'no-private-key-copy',
  concern: 'secrets',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Do not `COPY`/`ADD` private keys, `.ssh` folders, `.env` files or credential files into the image.',
    why: 'Every file in a layer stays in the image even if a later `RUN rm` deletes it: whoever can pull the image can extract '
      + 'the key or the credentials from the layer tarball.',
    fix: 'Mount the secret only for the step that needs it: `RUN --mount=type=ssh git clone …` for SSH, '
      + '`RUN --mount=type=secret,id=env,target=/app/.env …` for files. At run time, mount secrets from the orchestrator.',
    bad: 'FROM alpine:3.20\nCOPY id_rsa /root/.ssh/id_rsa\nCOPY .env /app/.env',
    good: 'FROM alpine:3.20\nRUN --mount=type=ssh git clone git@github.com:org/private.git /src',
    notes: 'Judged by file name: `id_rsa`/`id_ed25519`…, `.ssh/`, `.env` and `.env.*` (not `.env.example`/`.sample`/`.template`), '
      + '`.netrc`, `.git-credentials`, `.pypirc`, `.pgpass`, `.aws/credentials`, `.docker/config.json`, key stores (`.p12`, `.pfx`, `.jks`), '
      + '`*key*.pem` and `*.key` (names that look like repository signing keys, e.g. `apt-repo.key`, are skipped). `COPY . .` cannot be judged: '
      + 'keep secrets out of the context with `.dockerignore`.',
  },
  check({ model, report }) {
    for (const ins of withTriggers(model.instructions)) {
      if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
      const { sources, dest } = copyParts(ins, model);
      for (const s of sources) {
        const why = !isUrl(s.value) && !s.value.startsWith('<<') ? secretFile(s.value) : null;
        if (why) report({ range: s.range, message: `\`${unquote(s.value)}\` looks like ${why}: once in a layer it can be extracted from the image. Use a secret or SSH mount instead.` });
      }
      const d = dest && sources.length ? secretFile(dest.value) : null;
      if (d === 'an SSH private key' && !sources.some(s => secretFile(s.value))) {
        report({ range: dest!.range, message: `Copying to \`${unquote(dest!.value)}\` puts an SSH private key in the image: use \`RUN --mount=type=ssh\` instead.` });
      }
    }
  },
});
