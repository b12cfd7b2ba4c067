import { defineShellRule } from '../../rule';
import { GO, managerCalls, packageWords } from '../../shell/packages';

/** Local packages (`.`, `./cmd/x`, `/src/app`, `main.go`) build what is in the context, nothing to pin. */
function isLocal(v: string): boolean {
  return v.startsWith('.') || v.startsWith('/') || v.endsWith('.go') || v === 'all' || v === 'std' || v === 'cmd' || v === 'tool';
}

export default defineShellRule({
  id: 'BXD610',
  name: 'pin-go-versions',
  concern: 'non-reproducible',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3062', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'Pin module versions in `go install`, `go get` and `go run` (`pkg@v1.2.3`, not `@latest` or nothing).',
    why: '`go install example.com/tool@latest` builds whatever was tagged last on build day: two builds of the same '
      + 'Dockerfile produce different binaries, and a bad release goes in unnoticed.',
    fix: 'Append an exact version: `go install golang.org/x/tools/gopls@v0.15.3`.',
    bad: 'RUN go install golang.org/x/tools/gopls@latest',
    good: 'RUN go install golang.org/x/tools/gopls@v0.15.3',
    notes: 'For `go run` only the first argument is the package; the rest are its arguments. Local packages are not checked.',
  },
  check({ model, report }) {
    for (const { command, subcommand, rest } of managerCalls(model, GO)) {
      let pkgs = packageWords(rest, GO);
      if (subcommand.value === 'run') pkgs = pkgs.slice(0, 1);
      for (const pkg of pkgs) {
        const v = pkg.value!;
        if (isLocal(v)) continue;
        const at = v.lastIndexOf('@');
        if (at > 0 && v.slice(at + 1) !== 'latest') continue;
        const r = command.rangeOf(pkg);
        const latest = at > 0;
        const end = latest ? command.rangeOf({ start: pkg.end - 'latest'.length, end: pkg.end }) : { start: r.end, end: r.end };
        report({
          range: r,
          message: latest ? `\`${v}\` builds whatever was released last: pin an exact version instead of \`@latest\`.`
            : `\`${v}\` is built without a version: pin it as \`${v}@<version>\`.`,
          fixes: pkg.text === v ? [{ title: `Pin \`${v.slice(0, at > 0 ? at : undefined)}\` to a version`, safety: 'unsafe', snippet: true, edits: [{ range: end, newText: latest ? '${1:v1.0.0}' : '@${1:v1.0.0}' }] }] : [],
        });
      }
    }
  },
});
