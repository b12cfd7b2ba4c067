// Renders rule metadata as Markdown: the hover text, the generated docs/rules.md and the CLI's --explain.
import type { RuleMeta } from './rule';
import type { Finding, Position } from './types';
import { CONCERNS } from './types';
import { stringify as stringifyYaml } from 'yaml';
import { CATALOG } from './rules/index';
import type { DfFrom, DockerfileModel } from './dockerfile/model';
import { argOrigins, registryLocation } from './dockerfile/image-info';
import { rangeContains } from './text';

export const DOCS_URL = 'https://github.com/boxlint/boxlint/blob/main/docs/rules.md';

export const CONCERN_TITLES: Record<string, string> = {
  root: 'Runs as root',
  'daemon-exposure': 'Docker daemon exposed',
  'kernel-sharing': 'Shares the host kernel',
  'unpinned-image': 'Unpinned image or box',
  'untrusted-source': 'Unverified download',
  'non-reproducible': 'Build will not reproduce',
  secrets: 'Secrets in the file',
  'network-exposure': 'Open to the network',
  'resource-limits': 'No resource limits',
  maintainability: 'Correctness and maintainability',
};

export function ruleAnchor(rule: Pick<RuleMeta, 'id' | 'name'>): string {
  return `${rule.id}-${rule.name}`.toLowerCase();
}

export function ruleDocUrl(rule: Pick<RuleMeta, 'id' | 'name'>): string {
  return `${DOCS_URL}#${ruleAnchor(rule)}`;
}

/** Rules by lower-cased id, name and alias (the first rule in catalog order wins a shared alias). */
let ruleKeys: Map<string, RuleMeta> | null = null;

export function findRule(idOrAlias: string): RuleMeta | undefined {
  if (!ruleKeys) {
    ruleKeys = new Map();
    for (const r of CATALOG) for (const k of [r.id.toLowerCase(), r.name, ...r.aliases.map(a => a.id.toLowerCase())]) if (!ruleKeys.has(k)) ruleKeys.set(k, r);
  }
  return ruleKeys.get(idOrAlias.toLowerCase());
}

function aliasList(rule: RuleMeta): string {
  return rule.aliases.map(a => `${a.tool} \`${a.id}\`${a.kind === 'inspired' ? ' (similar)' : ''}`).join(', ');
}

function fence(lang: string, code: string): string {
  return '```' + lang + '\n' + code + '\n```';
}

function lang(rule: RuleMeta): string {
  return rule.language === 'vagrantfile' ? 'ruby' : 'dockerfile';
}

/**
 * Keeps prose plain Markdown: outside code spans a `<` would open an HTML tag (`<version>` vanishes
 * in VS Code and on GitHub), so it is escaped. Code spans and fences are left as written.
 */
export function plainMarkdown(text: string): string {
  return text.split(/(```[\s\S]*?```|`[^`\n]*`)/).map((part, i) => (i % 2 ? part : part.replace(/</g, '\\<'))).join('');
}

/** The project setup a rule's examples assume (a `.boxlint.yaml`, a `.dockerignore`), as Markdown, or ''. */
function exampleSetup(rule: RuleMeta): string {
  const cfg = rule.docs.exampleConfig;
  if (!cfg) return '';
  const out: string[] = [];
  const { dockerignore, ...project } = cfg;
  if (Object.keys(project).length) out.push(`with this \`.boxlint.yaml\`:\n\n${fence('yaml', stringifyYaml(project).trimEnd())}`);
  if (dockerignore) out.push(`with this \`.dockerignore\`:\n\n${fence('', dockerignore.trimEnd())}`);
  return `The examples assume a project ${out.join('\n\nand ')}`;
}

/** Hover Markdown for one finding: what was found, why it matters, how to fix, before/after, metadata. */
export function hoverMarkdown(rule: RuleMeta, finding?: Finding): string {
  const head = `**${rule.id} ${rule.name}**${finding ? ` · ${finding.severity}` : ''} · concern \`${rule.concern}\` (${CONCERN_TITLES[rule.concern]})`;
  const parts = [
    head,
    plainMarkdown(finding ? finding.message : rule.docs.summary),
    `**Why it matters:** ${plainMarkdown(rule.docs.why)}`,
    `**How to fix:** ${plainMarkdown(rule.docs.fix)}`,
  ];
  if (finding?.fixes.length) parts.push(`**Quick fix${finding.fixes.length > 1 ? 'es' : ''}:** ${finding.fixes.map(f => plainMarkdown(f.title)).join('; ')} (light bulb).`);
  parts.push(`**Before:**\n\n${fence(lang(rule), rule.docs.bad)}\n\n**After:**\n\n${fence(lang(rule), rule.docs.good)}`);
  if (rule.docs.exampleConfig) parts.push(exampleSetup(rule));
  if (rule.docs.notes) parts.push(`**Notes:** ${plainMarkdown(rule.docs.notes)}`);
  const links = [];
  if (rule.aliases.length) links.push(`Same as ${aliasList(rule)}`);
  links.push(`[${rule.id} documentation](${ruleDocUrl(rule)})`);
  parts.push(links.join(' · '));
  return parts.join('\n\n');
}

/** The FROM whose image reference covers `pos`, if any. */
export function fromAt(model: DockerfileModel, pos: Position): DfFrom | null {
  for (const stage of model.stages) {
    const r = stage.from.imageRange;
    if (r && rangeContains(r, pos)) return stage.from;
  }
  return null;
}

const code = (s: string) => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);

/** What boxlint knows of a FROM reference: registry, repository, tag, digest and how ARGs resolved it. */
export function imageHoverMarkdown(model: DockerfileModel, from: DfFrom): string {
  const line = (n: number) => `line ${n + 1}`;
  const out = [`**Image** ${code(from.image ?? '')} (\`FROM\` on ${line(from.instruction.range.start.line)})`];
  const lower = (from.resolved ?? '').toLowerCase();
  if (from.isStageOrScratch) {
    const stage = model.stages.find(s => s.from.alias?.toLowerCase() === lower && s.from !== from);
    out.push(stage
      ? `The build stage ${code(stage.from.alias!)} defined on ${line(stage.from.instruction.range.start.line)}: nothing is pulled.`
      : '`scratch`: the empty image, nothing is pulled.');
    return out.join('\n\n');
  }
  const facts: string[] = [];
  const origins = argOrigins(model, from);
  if (origins.length) {
    facts.push(`- resolved: ${from.resolved ? code(from.resolved) : 'unknown until build time'}`);
    for (const o of origins) {
      facts.push(o.property
        ? `- ${code('$' + o.name)} = ${o.value == null ? 'no default' : code(o.value)} from ${code(model.lines.textOf(o.property.range))} on ${line(o.line!)} (\`--build-arg ${o.name}=…\` overrides it)`
        : `- ${code('$' + o.name)} is not declared by an \`ARG\` before the first \`FROM\`: only \`--build-arg\` can set it`);
    }
  }
  const ref = from.ref;
  if (ref) {
    const loc = registryLocation(ref);
    facts.push(`- registry: ${code(loc.registry)}${loc.registryWritten ? '' : ' (the default: none is written)'}`);
    facts.push(`- repository: ${code(loc.repository)}`);
    facts.push(`- tag: ${ref.tag ? code(ref.tag) : ref.digest ? 'none (the digest decides)' : 'none, so `latest`'}`);
    facts.push(`- digest: ${ref.digest ? `${code(ref.digest)} (content is fixed)` : 'none: the tag can be moved to other content'}`);
  }
  const platform = from.instruction.flags.find(f => f.name === 'platform');
  if (platform?.value) facts.push(`- platform: ${code(platform.value)}`);
  out.push(facts.join('\n'));
  return out.join('\n\n');
}

/** The whole docs/rules.md, generated from the catalog. */
export function rulesMarkdown(): string {
  const out: string[] = [
    '# boxlint rules',
    '',
    '<!-- Generated by `npm run generate` from the rule files in rules/src/rules: do not edit by hand. -->',
    '',
    `${CATALOG.length} rules. Every rule declares one concern from CONCERNS.md. Ids, names and aliases (hadolint codes, `
      + 'BuildKit check names) are all accepted in config, in `--rule`, and in `# boxlint ignore=` / `# hadolint ignore=` comments.',
    '',
    '| id | name | file | concern | default | aliases | fix |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of CATALOG) {
    out.push(`| [${r.id}](#${ruleAnchor(r)}) | ${r.name} | ${r.language} | ${r.concern} | ${r.optIn ? `off (${r.severity})` : r.severity} | ${r.aliases.map(a => a.id).join(', ')} | ${r.fixable === 'none' ? '' : r.fixable} |`);
  }
  for (const concern of CONCERNS) {
    const rules = CATALOG.filter(r => r.concern === concern);
    if (!rules.length) continue;
    out.push('', `## ${CONCERN_TITLES[concern]} (\`${concern}\`)`);
    for (const r of rules) {
      out.push('', `### ${r.id} ${r.name}`, '');
      out.push(`${r.docs.summary}`, '');
      out.push(`- File: ${r.language} · default severity: ${r.severity}${r.optIn ? ' (off unless enabled)' : ''} · fix: ${r.fixable}`);
      if (r.aliases.length) out.push(`- Aliases: ${aliasList(r)}`);
      out.push('', `**Why it matters.** ${plainMarkdown(r.docs.why)}`, '', `**How to fix.** ${plainMarkdown(r.docs.fix)}`, '');
      out.push('Bad:', '', fence(lang(r), r.docs.bad), '', 'Good:', '', fence(lang(r), r.docs.good));
      if (r.docs.exampleConfig) out.push('', exampleSetup(r));
      if (r.docs.notes) out.push('', `**Notes.** ${plainMarkdown(r.docs.notes)}`);
    }
  }
  return out.join('\n') + '\n';
}
