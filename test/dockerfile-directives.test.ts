// Dockerfile-wide settings that change what is reported: BuildKit's `# check=skip=`, hadolint's pragmas,
// the escape directive, PowerShell images, and `.hadolint.yaml` keys read through the CLI's --config.
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint, type Finding, type LintConfig } from '../rules/src';
import { initEngine } from '../host/src/wasm';
import { requireBuild, runCli } from './process';

before(initEngine);

function ids(text: string, config: Partial<LintConfig> = { enableAll: true }): string[] {
  return lint(text, 'dockerfile', config).findings.map(f => f.ruleName);
}

function has(text: string, rule: string, config?: Partial<LintConfig>): boolean {
  return ids(text, config).includes(rule);
}

describe('# check=skip= (BuildKit) with BuildKit check names', () => {
  const file = 'FROM golang:1.23 as Build\nMAINTAINER me\nENV A 1\nCMD go run .\n';

  it('reports the BuildKit checks when nothing is skipped', () => {
    for (const r of ['require-matching-as-casing', 'require-lowercase-stage-name', 'no-maintainer', 'prefer-key-value-format', 'prefer-exec-form-cmd']) {
      assert.ok(has(file, r), r);
    }
  });

  it('skips the named checks only', () => {
    const found = ids(`# check=skip=FromAsCasing,MaintainerDeprecated\n${file}`);
    assert.ok(!found.includes('require-matching-as-casing'));
    assert.ok(!found.includes('no-maintainer'));
    assert.ok(found.includes('require-lowercase-stage-name'));
    assert.ok(found.includes('prefer-key-value-format'));
  });

  it('accepts the syntax directive before it and other check options after it', () => {
    const found = ids(`# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended;error=true\n${file}`);
    assert.ok(!found.includes('prefer-exec-form-cmd'));
    assert.ok(found.includes('no-maintainer'));
  });

  it('skip=all turns every BuildKit check off, and only those', () => {
    const found = ids(`# check=skip=all\n${file}`);
    assert.deepEqual(found.filter(r => ['require-matching-as-casing', 'require-lowercase-stage-name', 'no-maintainer', 'prefer-key-value-format', 'prefer-exec-form-cmd'].includes(r)), []);
    assert.ok(found.includes('require-image-digest') && found.includes('require-non-root-user'), found.join());
  });

  it('one BuildKit name covers the rules that share it (MultipleInstructionsDisallowed)', () => {
    const twice = 'FROM debian:12.5\nCMD ["a"]\nCMD ["b"]\nENTRYPOINT ["x"]\nENTRYPOINT ["y"]\n';
    assert.ok(has(twice, 'no-multiple-cmd') && has(twice, 'no-multiple-entrypoint'));
    const skipped = ids(`# check=skip=MultipleInstructionsDisallowed\n${twice}`);
    assert.ok(!skipped.includes('no-multiple-cmd') && !skipped.includes('no-multiple-entrypoint'));
  });

  it('is only a directive at the top of the file', () => {
    assert.ok(has(`FROM debian:12.5\n# check=skip=MaintainerDeprecated\nMAINTAINER me\n`, 'no-maintainer'));
  });
});

describe('hadolint pragmas', () => {
  it('`# hadolint stage ignore=` covers the stage that follows, not the others', () => {
    const text = 'FROM ubuntu:24.04\nEXPOSE 80000\n# hadolint stage ignore=DL3011\nFROM ubuntu:24.04\nEXPOSE 80000\n';
    const lines = lint(text, 'dockerfile', { enableAll: true }).findings.filter(f => f.ruleName === 'require-valid-expose-port').map(f => f.range.start.line);
    assert.deepEqual(lines, [1]);
  });

  it('`# hadolint ignore=` takes several codes and a trailing comment', () => {
    const text = 'FROM node:22 as foo\n# hadolint ignore=DL3023, DL3021 # reviewed\nCOPY --from=foo bar baz .\n';
    assert.ok(!has(text, 'no-copy-from-own-stage') && !has(text, 'require-dir-dest-for-multiple-sources'));
  });
});

describe('escape directive and Windows images', () => {
  const windows = [
    '# escape=`',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
    'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]',
    'WORKDIR C:\\app',
    'COPY app.zip C:\\app\\',
    'RUN Invoke-WebRequest -Uri https://example.com/x.zip -OutFile x.zip; `',
    '    Expand-Archive x.zip -DestinationPath C:\\tools; `',
    '    Remove-Item x.zip',
    'USER ContainerUser',
    'CMD ["powershell", "-File", "C:\\\\app\\\\run.ps1"]',
    '',
  ].join('\n');

  it('a backtick-escaped Windows Dockerfile produces no maintainability false positives (default rules)', () => {
    const found = lint(windows, 'dockerfile', {}).findings;
    const unexpected = found.filter(f => f.concern === 'maintainability' || f.concern === 'non-reproducible');
    assert.deepEqual(unexpected.map(f => `${f.ruleName}: ${f.message}`), []);
  });

  it('backticks continue lines: a continued instruction is one instruction', () => {
    const text = '# escape=`\nFROM debian:12.5\nENV A=1 `\n    B=2\nCOPY a b c `\n    dest/\n';
    assert.ok(!has(text, 'require-dir-dest-for-multiple-sources'));
    assert.ok(!has(text, 'no-empty-continuation'));
  });

  it('SHELL ["powershell", …] turns the shell rules off for the RUN steps after it', () => {
    const posix = 'FROM debian:12.5\nRUN ln -sf /bin/bash /bin/sh && useradd -u 123456 x\n';
    assert.ok(has(posix, 'prefer-shell-instruction') && has(posix, 'require-useradd-no-log-init'));
    const ps = posix.replace('RUN', 'SHELL ["powershell", "-Command"]\nRUN');
    assert.ok(!has(ps, 'prefer-shell-instruction') && !has(ps, 'require-useradd-no-log-init'));
  });

  it('`# hadolint shell=powershell` turns the shell rules off for the whole file', () => {
    const text = '# hadolint shell=powershell\nFROM debian:12.5\nRUN ln -sf /bin/bash /bin/sh\n';
    assert.ok(!has(text, 'prefer-shell-instruction'));
  });
});

describe('.hadolint.yaml through the CLI (--config)', () => {
  before(requireBuild);

  function run(dockerfile: string, yaml: string, extra: string[] = []): { code: number | null; findings: Finding[] } {
    const dir = mkdtempSync(join(tmpdir(), 'boxlint-hadolint-'));
    writeFileSync(join(dir, 'Dockerfile'), dockerfile);
    writeFileSync(join(dir, 'x.hadolint.yaml'), yaml);
    const r = runCli(['--format', 'json', '--config', join(dir, 'x.hadolint.yaml'), ...extra, join(dir, 'Dockerfile')]);
    assert.ok(r.stdout, r.stderr);
    return { code: r.code, findings: JSON.parse(r.stdout).files[0].findings };
  }
  const names = (fs: Finding[]) => fs.map(f => f.ruleName);

  it('trustedRegistries feeds DL3026', () => {
    const file = 'FROM random.example.com/debian:12.5\nFROM docker.io/library/alpine:3.20\nUSER 1000\n';
    const { findings } = run(file, 'trustedRegistries: [docker.io]\n');
    assert.deepEqual(findings.filter(f => f.ruleName === 'require-trusted-registry').map(f => f.range.start.line), [0]);
  });

  it('label-schema and strict-labels feed the label rules', () => {
    const file = 'FROM debian:12.5\nLABEL version="one" other=1\nUSER 1000\n';
    const { findings } = run(file, 'label-schema:\n  version: semver\n  source: url\nstrict-labels: true\n');
    const found = names(findings);
    assert.ok(found.includes('require-semver-label'), found.join());
    assert.ok(found.includes('require-schema-labels'), found.join());
    assert.ok(found.includes('no-unknown-labels'), found.join());
  });

  it('ignored turns rules off by hadolint code, override changes their severity', () => {
    const file = 'FROM debian:12.5\nMAINTAINER me\nWORKDIR app\nUSER 1000\n';
    const { findings } = run(file, 'ignored: [DL4000]\noverride:\n  info: [DL3000]\n');
    assert.ok(!names(findings).includes('no-maintainer'));
    assert.equal(findings.find(f => f.ruleName === 'require-absolute-workdir')?.severity, 'info');
  });

  it('failure-threshold decides the exit code', () => {
    const file = 'FROM debian:12.5\nWORKDIR app\nUSER 1000\n';
    assert.equal(run(file, 'override:\n  info: [DL3000]\nfailure-threshold: warning\n').code, 0);
    assert.equal(run(file, 'override:\n  info: [DL3000]\nfailure-threshold: info\n').code, 1);
  });
});
