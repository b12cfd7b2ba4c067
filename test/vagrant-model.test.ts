// The Vagrantfile model: scopes under any block-parameter name, literal resolution, exact ranges (UTF-8 bytes
// to UTF-16), inline shell scripts mapped back to the Vagrantfile column by column, suppression comments.
import { strict as assert } from 'node:assert';
import { lint, suppressFixes, parse, applyEdits, type Finding } from '../rules/src';
import { initEngine } from '../host/src/wasm';
import { parseVagrantfile, type VagrantfileModel } from '../rules/src/vagrantfile/model';
import { parseRuby } from '../rules/src/vagrantfile/prism';
import { estimateNesting, MAX_NESTING } from '../rules/src/vagrantfile/nesting';

before(initEngine);

function covered(text: string, f: Pick<Finding, 'range'>): string {
  const lines = text.split(/\r?\n/);
  assert.equal(f.range.start.line, f.range.end.line, 'single-line range');
  return lines[f.range.start.line].slice(f.range.start.character, f.range.end.character);
}

/** `[line (1-based), covered text]` of every finding of one rule. */
function spots(text: string, rule: string): [number, string][] {
  return lint(text, 'vagrantfile', { enableAll: true }).findings.filter(f => f.ruleName === rule).map(f => [f.range.start.line + 1, covered(text, f)]);
}

describe('Vagrantfile model', () => {
  it('follows configure, define, provider and provision blocks whatever their parameters are called', () => {
    const m = parseVagrantfile([
      'Vagrant.configure("2") do |c|',
      '  c.vm.box = "a/b"',
      '  (1..2).each do |i|',
      '    c.vm.define "node#{i}" do |n|',
      '      n.vm.provider :virtualbox do |v, o|',
      '        v.memory = 512',
      '        o.vm.box = "c/d"',
      '      end',
      '      n.vm.provision "shell", inline: "true", privileged: false do |s|',
      '        s.args = ["x"]',
      '      end',
      '    end',
      '  end',
      'end',
    ].join('\n'));
    assert.equal(m.configures.length, 1);
    assert.deepEqual(m.machines.map(x => x.name.kind === 'template' && x.name.text), ['node#{…}']);
    const [machine] = m.machines;
    const paths = m.settings.map(s => `${s.scope.kind}:${s.scope.machine === machine ? 'node' : '-'}:${s.path}`);
    assert.deepEqual(paths, ['config:-:vm.box', 'provider:node:memory', 'config:node:vm.box', 'provisioner:node:inline', 'provisioner:node:privileged', 'provisioner:node:args']);
    assert.equal(m.providers[0].type, 'virtualbox');
    assert.equal(m.provisioners[0].type, 'shell');
    assert.equal(m.settings[2].scope.provider, m.providers[0], 'override config knows its provider');
  });

  it('resolves literals through single-assignment locals, constants and globals, keeping both ranges', () => {
    const text = 'BOX = "ubuntu/jammy64"\nv = BOX\nVagrant.configure("2") do |config|\n  config.vm.box = v\nend\n';
    const m = parseVagrantfile(text);
    const box = m.settings[0];
    assert.equal(box.value.kind === 'string' && box.value.value, 'ubuntu/jammy64');
    assert.equal(covered(text, { range: box.value.range }), 'v');
    assert.equal(covered(text, { range: box.value.origin! }), '"ubuntu/jammy64"');
  });

  it('leaves reassigned variables and block parameters dynamic', () => {
    const m = parseVagrantfile('box = "a"\nbox = "b" if ENV["X"]\nVagrant.configure("2") do |config|\n  ["c"].each do |box|\n    config.vm.box = box\n  end\n  config.vm.hostname = box\nend\n');
    assert.deepEqual(m.settings.map(s => s.value.kind), ['dynamic', 'dynamic']);
  });

  it('converts prism\'s UTF-8 byte offsets to UTF-16 columns', () => {
    const text = 'Vagrant.configure("2") do |config|\n  config.vm.hostname = "é✓😀"; config.vm.network "public_network"\nend\n';
    assert.deepEqual(spots(text, 'no-public-network'), [[2, '"public_network"']]);
  });

  it('recognises Vagrant::Config.run and Vagrant.configure("1") as version 1', () => {
    const m = parseVagrantfile('Vagrant::Config.run do |config|\nend\nVagrant.configure(1) do |c|\nend\nVagrant.configure("2") do |c|\nend\n');
    assert.deepEqual(m.configures.map(c => c.v1), [true, true, false]);
  });

  it('reports Ruby syntax errors with prism\'s message and place, and still models the rest', () => {
    const text = 'Vagrant.configure("2") do |config|\n  config.ssh.insert_key = false\n  config.vm.box = (\nend\n';
    const r = lint(text, 'vagrantfile', { enableAll: true });
    const syntax = r.findings.filter(f => f.ruleName === 'no-ruby-syntax-error');
    assert.ok(syntax.length >= 1);
    assert.match(syntax[0].message, /^Ruby syntax error: /);
    assert.ok(r.findings.some(f => f.ruleName === 'no-insecure-ssh-key'), 'settings before the error are still linted');
  });

  it('refuses absurd nesting before prism sees it, and prism traps leave the parser usable', () => {
    assert.ok(estimateNesting('x = ' + '['.repeat(10000)).depth > MAX_NESTING);
    assert.ok(estimateNesting('x = <<~E\n  #{' + '['.repeat(200) + '\nE\n').depth > MAX_NESTING, 'interpolation inside a heredoc body');
    const refused = parseVagrantfile('x = ' + '['.repeat(10000));
    assert.match(refused.refused!.message, /nests more than 64 levels/);
    // Called directly (no pre-check), prism traps on deep nesting; the next parse gets a fresh instance.
    const trapped = parseRuby('!'.repeat(5000) + 'a');
    assert.equal(trapped.ok, false);
    const after = parseRuby('x = 1');
    assert.ok(after.ok && after.result.errors.length === 0);
  });
});

describe('inline shell provisioners', () => {
  const apt = (text: string) => spots(text, 'pin-apt-get-versions');
  const wrap = (body: string) => `Vagrant.configure("2") do |config|\n${body}\nend\n`;

  it('places findings in a double-quoted string after escapes and a \\n', () => {
    const text = wrap('  config.vm.provision "shell", inline: "echo \\"a\\tb\\"\\napt-get install -y nginx"');
    assert.deepEqual(apt(text), [[2, 'nginx']]);
  });

  it('places findings in a single-quoted string', () => {
    assert.deepEqual(apt(wrap("  config.vm.provision :shell, :inline => 'echo \\'x\\' && apt-get install -y vim'")), [[2, 'vim']]);
  });

  it('places findings in a <<-SHELL heredoc with a line continuation', () => {
    const text = wrap('  config.vm.provision "shell", inline: <<-SHELL\n    apt-get update\n    apt-get install -y \\\n       git curl\n  SHELL');
    assert.deepEqual(apt(text), [[5, 'git'], [5, 'curl']]);
  });

  it('places findings in a squiggly <<~SHELL heredoc, indentation removed by Ruby', () => {
    const text = wrap('  config.vm.provision "shell" do |s|\n    s.inline = <<~SHELL\n        apt-get install -y \\\n          htop\n      apt-get install -y tree\n    SHELL\n  end');
    assert.deepEqual(apt(text), [[5, 'htop'], [6, 'tree']]);
  });

  it('keeps #{} interpolations dynamic and maps the text around them exactly', () => {
    const text = wrap('  pkg = ENV["PKG"]\n  config.vm.provision "shell", inline: "apt-get install -y #{pkg} jq && echo #{pkg}é; apt-get install -y tmux"');
    assert.deepEqual(apt(text), [[3, 'jq'], [3, 'tmux']]);
  });

  it('follows a script held in a global or constant to where it is written', () => {
    const text = '$script = <<SCRIPT\napt-get install -y redis-server\nSCRIPT\n' + wrap('  config.vm.define "a" do |a|\n    a.vm.provision "shell", inline: $script\n  end\n  config.vm.define "b" do |b|\n    b.vm.provision "shell", inline: $script\n  end');
    assert.deepEqual(apt(text), [[2, 'redis-server']], 'one finding for the shared script');
  });

  it('works with CRLF line endings', () => {
    const text = wrap('  config.vm.provision "shell", inline: <<~SHELL\n    apt-get install -y make\n  SHELL').replace(/\n/g, '\r\n');
    assert.deepEqual(apt(text), [[3, 'make']]);
  });

  it('skips Windows machines and PowerShell scripts', () => {
    const text = wrap('  config.vm.define "win" do |w|\n    w.vm.communicator = "winrm"\n    w.vm.provision "shell", inline: "apt-get install -y nginx"\n  end\n  config.vm.provision "shell", inline: "Write-Host hi; apt-get install -y nginx"');
    assert.deepEqual(apt(text), []);
  });

  it('does not read `path:` scripts or non-shell provisioners', () => {
    assert.deepEqual(apt(wrap('  config.vm.provision "shell", path: "apt-get install -y nginx"\n  config.vm.provision "file", source: "apt-get install -y x", destination: "/tmp/x"')), []);
  });
});

describe('Vagrantfile suppression comments', () => {
  const text = [
    '# -*- mode: ruby -*-',
    'Vagrant.configure("2") do |config|',
    '  # boxlint ignore=pin-apt-get-versions',
    '  config.vm.provision "shell", inline: <<~SHELL',
    '    apt-get install -y nginx',
    '  SHELL',
    '  config.vm.provision "shell", inline: "apt-get install -y curl"',
    '  # boxlint ignore=BXV801,DL3008',
    '  config.vm.network "forwarded_port",',
    '    guest: 80, host: 8080',
    '  config.vm.box = "ubuntu/jammy64"',
    'end',
  ].join('\n');

  it('a comment above a statement covers the whole statement, heredoc body included', () => {
    const names = lint(text, 'vagrantfile').findings.map(f => `${f.range.start.line + 1}:${f.ruleName}`);
    assert.ok(!names.includes('5:pin-apt-get-versions'), names.join(' '));
    assert.ok(names.includes('7:pin-apt-get-versions'), names.join(' '));
    assert.ok(!names.some(n => n.startsWith('9:require-forwarded-port-host-ip')), names.join(' '));
    assert.ok(names.includes('11:require-box-version'), names.join(' '));
  });

  it('a trailing comment covers its own line; a trailing comment between a pragma and its statement does not matter', () => {
    const t = 'Vagrant.configure("2") do |config|\n  config.vm.box = "a/b" # boxlint ignore=require-box-version\n  # boxlint ignore=BXV803\n  config.ssh.insert_key = false # keep the insecure key\nend\n';
    assert.deepEqual(lint(t, 'vagrantfile').findings.map(f => f.ruleName), []);
  });

  it('global ignore covers the file', () => {
    const g = text.replace('# -*- mode: ruby -*-', '# -*- mode: ruby -*-\n# boxlint global ignore=require-box-version');
    assert.ok(!lint(g, 'vagrantfile').findings.some(f => f.ruleName === 'require-box-version'));
  });

  it('"disable" quick fixes insert a comment above the innermost statement, or after the modeline', () => {
    const model = parse(text, 'vagrantfile') as VagrantfileModel;
    const box = lint(text, 'vagrantfile').findings.find(f => f.ruleName === 'require-box-version')!;
    const [line, file] = suppressFixes(model, box);
    const afterLine = applyEdits(text, line.edits);
    assert.match(afterLine.split('\n')[10], /^ {2}# boxlint ignore=BXV401$/);
    assert.ok(!lint(afterLine, 'vagrantfile').findings.some(f => f.ruleName === 'require-box-version'));
    const afterFile = applyEdits(text, file.edits);
    assert.equal(afterFile.split('\n')[1], '# boxlint global ignore=BXV401');
    const heredocFinding = lint(text.replace('  # boxlint ignore=pin-apt-get-versions\n', ''), 'vagrantfile').findings.find(f => f.ruleName === 'pin-apt-get-versions')!;
    const stripped = text.replace('  # boxlint ignore=pin-apt-get-versions\n', '');
    const fixed = applyEdits(stripped, suppressFixes(parse(stripped, 'vagrantfile'), heredocFinding)[0].edits);
    assert.equal(fixed.split('\n')[2], '  # boxlint ignore=BXD601', 'above the provision statement, not inside the heredoc');
  });
});
