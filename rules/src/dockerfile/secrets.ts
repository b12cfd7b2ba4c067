// What looks like a secret: variable names (BuildKit's SecretsUsedInArgOrEnv tokens) and literal values
// with the shape of well-known credentials.

/** Name segments (split on `_`) that mark a secret, as BuildKit matches them. */
const SECRET_TOKENS = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
/** Segments that mark the name as something about a secret, not the secret (BuildKit: public/file/version; boxlint adds the rest). */
const ALLOW_TOKENS = /(?:_|^)(?:public|pub|file|version|gpg|pgp|path|dir|url|uri|host|name|type|method|length|size|enabled|disabled|required)(?:_|$)/i;

export function isSecretName(name: string): boolean {
  return SECRET_TOKENS.test(name) && !ALLOW_TOKENS.test(name);
}

const VALUE_PATTERNS: { what: string; re: RegExp }[] = [
  { what: 'a private key', re: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
  { what: 'an AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { what: 'a GitHub token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/ },
  { what: 'a GitLab token', re: /\bglpat-[A-Za-z0-9_-]{20,}\b/ },
  { what: 'a Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
  { what: 'a Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { what: 'a Stripe secret key', re: /\b[sr]k_live_[0-9A-Za-z]{20,}\b/ },
  { what: 'an npm token', re: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { what: 'a password in a URL', re: /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/[^\s:/@$]+:[^\s@/$]+@[^\s/]+/i },
];

/** A text every VALUE_PATTERNS match contains: one scan rules out most values. */
const ANY_PATTERN = /PRIVATE KEY|AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|AIza|k_live_|npm_|:\/\//;

/** What credential a literal value looks like, or null. */
export function secretValueKind(value: string): string | null {
  if (!ANY_PATTERN.test(value)) return null;
  return VALUE_PATTERNS.find(p => p.re.test(value))?.what ?? null;
}
