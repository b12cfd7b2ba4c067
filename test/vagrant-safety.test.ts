// A Vagrantfile is a Ruby program, but boxlint only parses it: nothing in it may run, whichever adapter
// lints it. Every statement below would leave a marker file behind if it were executed.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../rules/src';
import { initEngine } from '../host/src/wasm';
import { lintFile } from '../host/src/lint-file';
import { CLI, runCli } from './process';

function hostileProject(): { dir: string; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'boxlint-vagrant-safety-'));
  const m = (name: string) => JSON.stringify(join(dir, `marker-${name}`));
  writeFileSync(join(dir, 'evil.rb'), `File.write(${m('required')}, "x")\n`);
  const text = [
    `system("touch " + ${m('system')})`,
    `system "touch", ${m('system-argv')}`,
    `\`touch #{${m('backticks')}}\``,
    `%x(touch ${join(dir, 'marker-percent-x')})`,
    `File.write(${m('file-write')}, "x")`,
    `IO.popen(["touch", ${m('popen')}]).read`,
    `Process.wait(spawn("touch", ${m('spawn')}))`,
    `require_relative "evil"`,
    `load ${JSON.stringify(join(dir, 'evil.rb'))}`,
    `eval("File.write(" + ${JSON.stringify(m('eval'))} + ", 'x')")`,
    `at_exit { File.write(${m('at-exit')}, "x") }`,
    'Vagrant.configure("2") do |config|',
    `  config.vm.provision "shell", inline: "touch ${join(dir, 'marker-inline')}"`,
    `  config.vm.box = File.write(${m('in-config')}, "x").to_s`,
    `  exec("touch", ${m('exec')})`,
    'end',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'Vagrantfile'), text);
  return { dir, text };
}

function assertUntouched(dir: string): void {
  assert.deepEqual(readdirSync(dir).sort(), ['Vagrantfile', 'evil.rb'], 'a marker file appeared: something was executed');
}

describe('Vagrantfiles are never executed', () => {
  before(initEngine);

  it('by the engine', () => {
    const { dir, text } = hostileProject();
    const r = lint(text, 'vagrantfile', { enableAll: true });
    assert.equal(r.errors.length, 0);
    assert.ok(r.findings.some(f => f.ruleName === 'require-box-version' || f.ruleName === 'prefer-unprivileged-provisioner'), 'the file was linted');
    assertUntouched(dir);
  });

  it('by the worker thread adapters use (CLI, language server)', async () => {
    const { dir, text } = hostileProject();
    const r = await lintFile(text, 'vagrantfile', { enableAll: true }, join(dir, 'Vagrantfile'));
    assert.ok(r.findings.length > 0);
    assertUntouched(dir);
  });

  it('by the CLI process', function () {
    if (!existsSync(CLI)) this.skip();
    const { dir } = hostileProject();
    const r = runCli(['--format', 'json', '--enable-all', dir]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.ok(JSON.parse(r.stdout).files.length === 1, 'the Vagrantfile was found and linted');
    assertUntouched(dir);
  });
});
