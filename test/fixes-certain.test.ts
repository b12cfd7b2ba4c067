// Exact results of the fixes that delete or split text (overridden instructions, docker run options, …), and the
// cases where no fix may be offered because the edit would not be certain. The fixture harness checks that each
// fix removes its finding; this checks what the file looks like afterwards.
import { strict as assert } from 'node:assert';
import { applyEdits, fixAll, lint } from '../rules/src';
import type { FileKind, Finding } from '../rules/src';
import { initEngine } from '../host/src/wasm';

before(initEngine);

function findings(text: string, rule: string, kind: FileKind = 'dockerfile'): Finding[] {
  return lint(text, kind, { enableAll: true }).findings.filter(f => f.ruleName === rule);
}

/** The file after the only fix of the only finding of `rule`, and that fix's safety. */
function fixOne(text: string, rule: string, kind: FileKind = 'dockerfile'): { text: string; safety: string } {
  const found = findings(text, rule, kind);
  assert.equal(found.length, 1, `one ${rule} finding in ${JSON.stringify(text)}`);
  assert.equal(found[0].fixes.length, 1, `one fix for ${rule}`);
  const [fix] = found[0].fixes;
  return { text: applyEdits(text, fix.edits, fix.snippet), safety: fix.safety };
}

function noFix(text: string, rule: string, kind: FileKind = 'dockerfile'): void {
  const found = findings(text, rule, kind);
  assert.ok(found.length > 0, `${rule} flags ${JSON.stringify(text)}`);
  assert.deepEqual(found.map(f => f.fixes.map(x => x.title)), found.map(() => []), `no fix for ${JSON.stringify(text)}`);
}

describe('fix: delete an overridden CMD / ENTRYPOINT / HEALTHCHECK', () => {
  it('deletes the instruction with its continuation and comment lines, safely', () => {
    const text = 'FROM debian:12.5\nCMD ["serve", \\\n# port\n     "--port", "80"]\nRUN make\nCMD ["serve"]\n';
    assert.deepEqual(fixOne(text, 'no-multiple-cmd'), { text: 'FROM debian:12.5\nRUN make\nCMD ["serve"]\n', safety: 'safe' });
  });

  it('takes the ignore pragmas of the deleted instruction along, so they cannot govern the next one', () => {
    const text = 'FROM debian:12.5\n# keep this note\n# hadolint ignore=DL3025\nCMD serve\n# boxlint ignore=BXD013\nCMD serve --port 80\n';
    assert.equal(fixAll(text, 'dockerfile', { rules: { 'prefer-exec-form-cmd': 'off' } }).text, 'FROM debian:12.5\n# keep this note\n# boxlint ignore=BXD013\nCMD serve --port 80\n');
  });

  it('works on the last line of a file without a final newline and with CRLF line ends', () => {
    assert.equal(fixAll('FROM nginx:1.27\r\nHEALTHCHECK CMD ["true"]\r\nHEALTHCHECK NONE\r\nHEALTHCHECK CMD ["false"]', 'dockerfile', {}).text,
      'FROM nginx:1.27\r\nHEALTHCHECK CMD ["false"]');
  });

  it('fix-all keeps only the last one of a stage, and each stage its own', () => {
    const text = 'FROM debian:12.5 AS a\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\nENTRYPOINT ["c"]\nFROM a\nENTRYPOINT ["d"]\n';
    assert.equal(fixAll(text, 'dockerfile', {}).text, 'FROM debian:12.5 AS a\nENTRYPOINT ["c"]\nFROM a\nENTRYPOINT ["d"]\n');
  });
});

describe('fix: remove a docker run option (unsafe)', () => {
  const cases: [string, string, string][] = [
    ['no-privileged-containers', 'RUN docker run --privileged -d my/agent:1.2', 'RUN docker run -d my/agent:1.2'],
    ['no-privileged-containers', 'RUN docker run -d --privileged;', 'RUN docker run -d;'],
    ['no-added-capabilities', 'RUN docker run --cap-add SYS_ADMIN my/fuse:1.0', 'RUN docker run my/fuse:1.0'],
    ['no-host-namespaces', 'RUN docker run -d --network host my/proxy:2.1', 'RUN docker run -d my/proxy:2.1'],
    ['no-host-namespaces', 'RUN docker run -d \\\n    --pid=host \\\n    my/top:1.0', 'RUN docker run -d \\\n    my/top:1.0'],
    ['no-host-namespaces', 'RUN docker run -d \\\n    -e A=1 --net=host \\\n    my/top:1.0', 'RUN docker run -d \\\n    -e A=1 \\\n    my/top:1.0'],
    ['no-unconfined-containers', 'RUN docker run --security-opt seccomp=unconfined my/app:1.0', 'RUN docker run my/app:1.0'],
    ['no-host-devices', 'RUN <<EOF\ndocker run \\\n  --device /dev/sda \\\n  my/backup:1.0\nEOF', 'RUN <<EOF\ndocker run \\\n  my/backup:1.0\nEOF'],
  ];
  for (const [rule, before, after] of cases) {
    it(`${rule}: ${JSON.stringify(before)}`, () => {
      const text = `FROM docker:26.1-dind\n${before}\n`;
      assert.deepEqual(fixOne(text, rule), { text: `FROM docker:26.1-dind\n${after}\n`, safety: 'unsafe' });
    });
  }

  it('removes one capability from a plain list, with one comma', () => {
    const text = 'FROM docker:26.1-dind\nRUN docker run --cap-add SYS_ADMIN,CHOWN,NET_ADMIN my/vpn:1.0\n';
    assert.deepEqual(findings(text, 'no-added-capabilities').map(f => f.fixes.map(x => applyEdits(text, x.edits).split('\n')[1])), [
      ['RUN docker run --cap-add CHOWN,NET_ADMIN my/vpn:1.0'],
      ['RUN docker run --cap-add SYS_ADMIN,CHOWN my/vpn:1.0'],
    ]);
  });

  it('uses the escape character as continuation in a Windows Dockerfile', () => {
    const text = '# escape=`\nFROM docker:26.1\nRUN docker run `\n    --privileged `\n    my/agent:1.2\n';
    assert.equal(fixOne(text, 'no-privileged-containers').text, '# escape=`\nFROM docker:26.1\nRUN docker run `\n    my/agent:1.2\n');
  });

  it('edits Vagrant inline provisioners', () => {
    const text = 'Vagrant.configure("2") do |config|\n  config.vm.provision "shell", inline: "docker run --privileged my/runner:1.0"\nend\n';
    assert.equal(fixOne(text, 'no-privileged-containers', 'vagrantfile').text, text.replace('--privileged ', ''));
  });

  it('is not applied by fix-all', () => {
    const text = 'FROM docker:26.1-dind\nRUN docker run --privileged --pid=host my/agent:1.2\n';
    assert.equal(fixAll(text, 'dockerfile', {}).text, text);
  });

  it('is not offered when the option is not certain to go whole', () => {
    noFix('FROM docker:26.1-dind\nRUN docker run --cap-add "SYS_ADMIN,NET_ADMIN" my/vpn:1.0\n', 'no-added-capabilities');
    noFix('FROM docker:26.1-dind\nRUN docker run --cap-add SYS_ADMIN, my/vpn:1.0\n', 'no-added-capabilities');
    noFix('FROM docker:26.1-dind\nRUN docker run --device "$DEVICE" my/backup:1.0\n', 'no-host-devices');
    noFix('FROM docker:26.1-dind\nRUN docker run --network \\\n    host my/proxy:2.1\n', 'no-host-namespaces');
  });
});

describe('fix: absolute WORKDIR where the starting directory is known', () => {
  it('prefixes / in a stage built on scratch, safely', () => {
    assert.deepEqual(fixOne('FROM scratch\nWORKDIR app\n', 'require-absolute-workdir'), { text: 'FROM scratch\nWORKDIR /app\n', safety: 'safe' });
    assert.equal(fixOne('FROM scratch AS a\nFROM a\nWORKDIR ./bin\n', 'require-absolute-workdir').text, 'FROM scratch AS a\nFROM a\nWORKDIR /bin\n');
    assert.equal(fixOne('FROM scratch\nWORKDIR "my dir"\n', 'require-absolute-workdir').text, 'FROM scratch\nWORKDIR "/my dir"\n');
    assert.equal(fixOne('FROM scratch\nWORKDIR .\n', 'require-absolute-workdir').text, 'FROM scratch\nWORKDIR /\n');
  });

  it('is not offered when a base image or a parent WORKDIR decides the directory', () => {
    noFix('FROM node:22.11\nWORKDIR app\n', 'require-absolute-workdir');
    noFix('FROM scratch AS a\nONBUILD WORKDIR /srv\nFROM a\nWORKDIR app\n', 'require-absolute-workdir');
    noFix('ARG BASE=scratch\nFROM ${BASE}\nWORKDIR app\n', 'require-absolute-workdir');
    noFix('ARG STAGE=a\nFROM scratch AS a\nFROM ${STAGE}\nWORKDIR app\n', 'require-absolute-workdir');
  });
});

describe('fix: split a self-referencing ENV (unsafe)', () => {
  it('splits before the assignment, keeping the keyword spelling and ONBUILD', () => {
    assert.deepEqual(fixOne('FROM debian:12.5\nenv A=1 \\\n    B=$A\n', 'no-env-self-reference'), { text: 'FROM debian:12.5\nenv A=1\nenv B=$A\n', safety: 'unsafe' });
    assert.equal(fixOne('FROM debian:12.5\r\nONBUILD ENV A=1 B="${A}"\r\n', 'no-env-self-reference').text, 'FROM debian:12.5\r\nONBUILD ENV A=1\r\nONBUILD ENV B="${A}"\r\n');
  });

  it('keeps comment lines of the continuation between the two instructions', () => {
    assert.equal(fixOne('# escape=`\r\nFROM debian:12.5\r\nENV A=1 `\r\n    # note\r\n    B=$A\r\n', 'no-env-self-reference').text,
      '# escape=`\r\nFROM debian:12.5\r\nENV A=1\r\n# note\r\nENV B=$A\r\n');
  });

  it('is not offered when a pragma would move out and start applying', () => {
    noFix('FROM debian:12.5\nENV A=1 \\\n# hadolint ignore=DL3008\n    B=$A\n', 'no-env-self-reference');
  });
});

describe('fix: constant FROM --platform (unsafe)', () => {
  it('offers removal, and $BUILDPLATFORM for a stage other than the last', () => {
    const text = 'FROM --platform=linux/amd64 golang:1.23 AS build\nFROM --platform=linux/amd64 \\\n  debian:12.5\n';
    const [build, last] = findings(text, 'no-constant-from-platform');
    assert.deepEqual(build.fixes.map(f => [f.safety, applyEdits(text, f.edits)]), [
      ['unsafe', 'FROM golang:1.23 AS build\nFROM --platform=linux/amd64 \\\n  debian:12.5\n'],
      ['unsafe', 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM --platform=linux/amd64 \\\n  debian:12.5\n'],
    ]);
    assert.deepEqual(last.fixes.map(f => applyEdits(text, f.edits)), ['FROM --platform=linux/amd64 golang:1.23 AS build\nFROM \\\n  debian:12.5\n']);
  });
});

describe('fix: delete an inline ignore pragma (unsafe)', () => {
  it('deletes the comment line', () => {
    assert.deepEqual(fixOne('FROM debian:12.5\n# hadolint ignore=DL3008\nRUN apt-get install -y curl\n', 'no-inline-ignore-pragma'),
      { text: 'FROM debian:12.5\nRUN apt-get install -y curl\n', safety: 'unsafe' });
  });
});

describe('fix: public_network to a host-only private_network (unsafe)', () => {
  const vagrant = (call: string) => `Vagrant.configure("2") do |config|\n  ${call}\nend\n`;

  it('rewrites a bare literal call in its own quoting', () => {
    assert.deepEqual(fixOne(vagrant('config.vm.network "public_network"'), 'no-public-network', 'vagrantfile'),
      { text: vagrant('config.vm.network "private_network", type: "dhcp"'), safety: 'unsafe' });
    assert.equal(fixOne(vagrant("config.vm.network(:public_network)"), 'no-public-network', 'vagrantfile').text,
      vagrant('config.vm.network(:private_network, type: "dhcp")'));
  });

  it('is not offered for options that mean nothing host-only, or a type from a variable', () => {
    noFix(vagrant('config.vm.network "public_network", ip: "10.0.0.5"'), 'no-public-network', 'vagrantfile');
    noFix(vagrant('net = "public_network"\n  config.vm.network net'), 'no-public-network', 'vagrantfile');
  });
});
