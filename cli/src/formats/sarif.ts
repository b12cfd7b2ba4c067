// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Rule metadata (descriptions, help, links,
// tags) comes from the rules' docs; results carry 1-based regions, stable fingerprints and the quick fixes.
// GitHub's accepted subset: https://docs.github.com/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
import { CATALOG, hoverMarkdown, ruleDocUrl, type RuleMeta } from '../../../rules/src';
import type { Range, Severity } from '../../../rules/src/types';
import type { FileResult, Formatter } from '../types';
import { ruleText } from '../rule-text';
import { SECURITY_CONCERNS } from './concerns';
import { fingerprints } from './fingerprint';
import { fileUri, relativeUri, repoRelative } from './paths';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
/** GitHub maps security-severity to critical (>= 9), high (>= 7), medium (>= 4) and low. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.5', info: '3.0', hint: '1.0' };
const SRCROOT = '%SRCROOT%';

function ruleDescriptor(rule: RuleMeta): object {
  const security = SECURITY_CONCERNS.has(rule.concern);
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.docs.summary },
    fullDescription: { text: `${rule.docs.summary} ${rule.docs.why}` },
    help: { text: ruleText(rule), markdown: hoverMarkdown(rule) },
    helpUri: ruleDocUrl(rule),
    defaultConfiguration: { level: LEVEL[rule.severity], enabled: !rule.optIn },
    properties: {
      tags: [rule.concern, ...(security ? ['security'] : []), rule.language],
      ...(security ? { 'security-severity': SECURITY_SEVERITY[rule.severity] } : {}),
      ...(rule.aliases.length ? { aliases: rule.aliases.map(a => a.id) } : {}),
    },
  };
}

/** SARIF regions are 1-based with an exclusive end column, in UTF-16 code units (run.columnKind). */
function region(r: Range): object {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function artifactLocation(path: string, cwd: string): object {
  if (path.startsWith('<')) return { uri: relativeUri(path) };
  const rel = repoRelative(path, cwd);
  return rel ? { uri: relativeUri(rel), uriBaseId: SRCROOT } : { uri: fileUri(path, cwd) };
}

function results(r: FileResult, cwd: string, ruleIndex: Map<string, number>): object[] {
  const location = artifactLocation(r.path, cwd);
  const prints = fingerprints(r, repoRelative(r.path, cwd) ?? r.path);
  return r.findings.map((f, i) => ({
    ruleId: f.ruleId,
    ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(f.range) } }],
    partialFingerprints: { 'boxlint/v1': prints[i] },
    ...(f.fixes.some(x => !x.snippet) ? {
      fixes: f.fixes.filter(x => !x.snippet).map(x => ({
        description: { text: x.title },
        artifactChanges: [{
          artifactLocation: location,
          replacements: x.edits.map(e => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
        }],
      })),
    } : {}),
    properties: { concern: f.concern, ...(f.aliases.length ? { aliases: f.aliases } : {}) },
  }));
}

export const sarif: Formatter = (files, { cwd, version }) => {
  const ruleIndex = new Map(CATALOG.map((r, i) => [r.id, i]));
  const failed = files.filter(r => r.error);
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'boxlint',
          version,
          semanticVersion: version,
          informationUri: 'https://github.com/boxlint/boxlint',
          rules: CATALOG.map(ruleDescriptor),
        },
      },
      originalUriBaseIds: { [SRCROOT]: { uri: fileUri(cwd, cwd).replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      results: files.flatMap(r => results(r, cwd, ruleIndex)),
      invocations: [{
        executionSuccessful: failed.length === 0,
        toolExecutionNotifications: failed.map(r => ({
          level: 'error',
          message: { text: r.error },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.path, cwd) } }],
        })),
      }],
    }],
  }, null, 2) + '\n';
};
