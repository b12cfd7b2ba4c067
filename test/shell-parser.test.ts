// The hand-written bash parser (rules/src/shell/bash-parser.ts): each grammar construct RUN lines and Vagrant provisioners use, with the exact
// commands, words, values, offsets and flags rules read.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { initEngine } from '../host/src/wasm';
import { parse, type FileKind } from '../rules/src';
import { parseShell, type ShellCommand, type ShellWord } from '../rules/src/shell/script';
import { FIXTURES } from './fixtures';
import { initTreeSitterBash, treeSitterParseShell } from './tree-sitter-shell';

/** Each command as its words' source texts joined by spaces, in start order. */
function commands(text: string): string[] {
  return parseShell(text).commands.map(c => [...c.assignments, c.name!, ...c.args].map(w => w.text).join(' '));
}
function only(text: string, name: string): ShellCommand {
  const found = parseShell(text).commands.filter(c => c.name?.text === name);
  assert.equal(found.length, 1, `one ${name} command in ${JSON.stringify(text)}`);
  return found[0];
}
const values = (ws: ShellWord[]) => ws.map(w => w.value);
const texts = (ws: ShellWord[]) => ws.map(w => w.text);

describe('shell parser', () => {
  describe('lists and pipelines', () => {
    it('splits ; & && || and newlines', () => {
      assert.deepEqual(commands('a 1; b 2 & c && d || e\nf'), ['a 1', 'b 2', 'c', 'd', 'e', 'f']);
    });
    it('links pipeline members (| and |&), negated too', () => {
      const s = parseShell('! a | b |& c; d');
      const [a, b, c, d] = s.commands;
      assert.deepEqual(a.pipeline, [a, b, c]);
      assert.equal(b.pipeline, a.pipeline);
      assert.equal(d.pipeline, null);
    });
    it('continues a list or pipeline over newlines and line continuations', () => {
      assert.deepEqual(commands('a &&\n  b |\n  c \\\n  d'), ['a', 'b', 'c d']);
    });
    it('leaves pipeline null when the script has a single simple command', () => {
      assert.equal(parseShell('(a) | b').commands[0].pipeline, null);
    });
  });

  describe('simple commands', () => {
    it('separates assignments, name, arguments and redirects with exact offsets', () => {
      const text = 'A=1 B=$x >f cmd arg 2>&1 &>/dev/null >|g 3<>h {fd}>i <<<"$s" k';
      const c = only(text, 'cmd');
      assert.deepEqual(texts(c.assignments), ['A=1', 'B=$x']);
      assert.deepEqual(values(c.assignments), ['A=1', null]);
      assert.deepEqual(texts(c.args), ['arg', 'k']);
      assert.deepEqual(texts(c.redirects), ['>f', '2>&1', '&>/dev/null', '>|g', '3<>h', '{fd}>i', '<<<"$s"']);
      assert.ok(c.redirects.every(r => r.value === null && text.slice(r.start, r.end) === r.text));
      assert.deepEqual([c.start, c.end, c.name!.start, c.name!.end], [0, text.length, 12, 15]);
    });
    it('reads array, append and indexed assignments', () => {
      const c = only('A+=2 C[0]=3 D=(1 $(j)) cmd', 'cmd');
      assert.deepEqual(texts(c.assignments), ['A+=2', 'C[0]=3', 'D=(1 $(j))']);
      assert.deepEqual(values(c.assignments), ['A+=2', 'C[0]=3', null]);
      assert.deepEqual(commands('D=(1 $(j)) cmd'), ['D=(1 $(j)) cmd', 'j']);
    });
    it('drops comments, keeps # inside words', () => {
      assert.deepEqual(commands('echo a#b # c $(d)\n# e\nf'), ['echo a#b', 'f']);
    });
    it('makes no command of assignments or redirects alone', () => {
      assert.deepEqual(commands('A=1; >f; B=$(c)'), ['c']);
    });
  });

  describe('quoting', () => {
    it('removes quotes and backslashes in values', () => {
      const c = only(`echo 'a b' "c \\"d\\" \\x" e\\ f --g="h" 'i'"j"k`, 'echo');
      assert.deepEqual(values(c.args), ['a b', 'c "d" \\x', 'e f', '--g=h', 'ijk']);
    });
    it('gives no value to a word that expands', () => {
      const c = only('echo $A ${B} "$C" x$D $(e) `f` $((1+2)) <(g) $1 $@', 'echo');
      assert.ok(c.args.every(w => w.value === null));
      assert.equal(c.args.length, 10);
    });
    it('keeps a lone $ literal', () => {
      assert.deepEqual(values(only('echo a$ "b$" $', 'echo').args), ['a$', 'b$', '$']);
    });
    it("gives ANSI-C $'…' and locale $\"…\" strings no value", () => {
      assert.deepEqual(values(only(`echo $'a\\tb' $"c"`, 'echo').args), [null, null]);
    });
    it('sets hasErrors on an unterminated quote and keeps what was read', () => {
      const s = parseShell('echo "abc');
      assert.ok(s.hasErrors);
      assert.deepEqual(texts(s.commands[0].args), ['"abc']);
      assert.ok(parseShell("echo 'abc").hasErrors);
    });
  });

  describe('expansions hold commands', () => {
    it('finds commands inside $(…), backticks, ${…}, $((…)) and process substitution', () => {
      assert.deepEqual(commands('echo $(a $(b)) `c` ${x:-$(d)} $((1+$(e))) <(f) >(g)'),
        ['echo $(a $(b)) `c` ${x:-$(d)} $((1+$(e))) <(f) >(g)', 'a $(b)', 'b', 'c', 'd', 'e', 'f', 'g']);
    });
    it('finds commands in double quotes and assignments', () => {
      assert.deepEqual(commands('X="$(id -u)" y "z$(w)"'), ['X="$(id -u)" y "z$(w)"', 'id -u', 'w']);
    });
    it('offsets of nested commands point into the script', () => {
      const text = 'echo "$(curl -s https://x)"';
      const curl = only(text, 'curl');
      assert.equal(text.slice(curl.start, curl.end), 'curl -s https://x');
    });
  });

  describe('heredocs', () => {
    it('spans the redirect to its terminator; reads several per line in order', () => {
      const text = 'a <<A; b <<-\'B\'\n1\nA\n\t$(no)\n\tB\nc';
      const s = parseShell(text);
      assert.deepEqual(s.commands.map(c => c.name!.text), ['a', 'b', 'c']);
      const [a, b] = s.commands;
      assert.equal(a.redirects[0].text, '<<A; b <<-\'B\'\n1\nA');
      assert.equal(b.redirects[0].text, '<<-\'B\'\n1\nA\n\t$(no)\n\tB');
      assert.equal(b.end, text.indexOf('\tB') + 2);
      assert.ok(!s.hasErrors);
    });
    it('parses expansions of unquoted bodies only', () => {
      assert.deepEqual(commands('cat <<EOF >f\n$(a) `b`\nEOF\ncat <<"X"\n$(c)\nX'), ['cat', 'a', 'b', 'cat']);
    });
    it('keeps redirects and commands after the heredoc operator on its line', () => {
      const s = parseShell('cat <<EOF > /etc/f && echo ok\nx\nEOF');
      assert.deepEqual(s.commands.map(c => c.name!.text), ['cat', 'echo']);
      assert.deepEqual(texts(s.commands[0].redirects), ['<<EOF > /etc/f && echo ok\nx\nEOF', '> /etc/f']);
    });
    it('flags an unterminated heredoc', () => {
      assert.ok(parseShell('cat <<EOF\nx').hasErrors);
    });
  });

  describe('compound commands', () => {
    it('finds commands in subshells, groups and if/elif/else', () => {
      assert.deepEqual(commands('(a; b) && { c; }; if d; then e; elif f; then g; else h; fi'), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    });
    it('finds commands in for, for ((…)), select, while and until', () => {
      assert.deepEqual(commands('for i in $(a) b; do c; done; for ((i=0;i<$(n);i++)); do d; done; select x in y; do e; done; while f; do g; done; until h; do i; done'),
        ['a', 'c', 'n', 'd', 'e', 'f', 'g', 'h', 'i']);
      assert.deepEqual(commands('for x\ndo\n  a\ndone; for y; { b; }'), ['a', 'b']);
    });
    it('reads case patterns with ;; ;& ;;& and (', () => {
      assert.deepEqual(commands('case $(uname) in a|b) x;; (c) y;& *) z;;& esac; w'), ['uname', 'x', 'y', 'z', 'w']);
    });
    it('reads function definitions of both forms', () => {
      assert.deepEqual(commands('f() { a; }; function g { b; }; function h() ( c ); k () {\n d\n}'), ['a', 'b', 'c', 'd']);
    });
    it('makes no command of [ ], [[ ]] and (( )) but finds commands inside them', () => {
      assert.deepEqual(commands('[ -f "$(a)" ] && [[ $(b) =~ ^(x|y)$ && -n z ]] || (( $(c) > 0 ))'), ['a', 'b', 'c']);
    });
    it('scans redirects after compound commands', () => {
      assert.deepEqual(commands('while read l; do echo "$l"; done < <(ls) 2>/dev/null'), ['read l', 'echo "$l"', 'ls']);
    });
  });

  describe('declarations', () => {
    it('names the keyword and keeps the rest as arguments', () => {
      const c = only('export A=1 B "C=1" -f D= E=$(k)', 'export');
      assert.deepEqual(texts(c.args), ['A=1', 'B', '"C=1"', '-f', 'D=', 'E=$(k)']);
      assert.deepEqual(values(c.args), ['A=1', null, 'C=1', '-f', 'D=', null]);
      assert.equal(c.pipeline, null);
      assert.deepEqual(commands('local -r x; readonly y=2; declare -A z=([a]=1); typeset t'),
        ['local -r x', 'readonly y=2', 'declare -A z=([a]=1)', 'typeset t']);
    });
    it('makes no command of unset', () => {
      assert.deepEqual(commands('unset A B; c'), ['c']);
    });
  });

  describe('guarded commands', () => {
    const guarded = (text: string) => parseShell(text).commands.filter(c => c.guarded).map(c => c.name!.text);
    it('marks && / || lists and if/while/until/case/function bodies, not plain ; lists or for loops', () => {
      assert.deepEqual(guarded('a; b && c; d || e $(f); g'), ['b', 'c', 'd', 'e', 'f']);
      assert.deepEqual(guarded('if a; then b; fi; while c; do d; done; until e; do f; done; case x in y) g;; esac; h() { i; }; for j in k; do l; done'),
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'i']);
    });
  });

  describe('robustness', () => {
    for (const [name, text] of [
      ['unbalanced $(', 'echo $(a $(b'], ['stray closers', ') fi } done ;; esac'], ['lone operators', '&& || | ; &'],
      ['unterminated backtick', 'echo `a'], ['unterminated ${', 'echo ${a'], ['unterminated [[', '[[ a'],
      ['if without fi', 'if a; then b'], ['trailing backslash', 'something \\'],
    ] as const) {
      it(`never throws on ${name} and flags it`, () => {
        const s = parseShell(text);
        assert.ok(s.hasErrors, text);
      });
    }
    it('still returns what was parsed before an error', () => {
      assert.deepEqual(commands('a; b $(c'), ['a', 'b $(c', 'c']);
    });
    it('stays linear on deep nesting, long lines and many heredocs', () => {
      const cases = ['$('.repeat(100_000), '"$('.repeat(50_000), '${'.repeat(100_000), '('.repeat(100_000), '`'.repeat(100_001),
        'a '.repeat(500_000), 'cat ' + '<<E '.repeat(100_000) + '\n' + 'E\n'.repeat(100_000), 'echo "' + 'x'.repeat(1 << 20),
        'f() '.repeat(100_000), 'echo ' + '{x '.repeat(100_000), 'a[b;'.repeat(100_000), 'if '.repeat(100_000), '@('.repeat(100_000)];
      for (const text of cases) {
        const t = process.cpuUsage();
        parseShell(text);
        const ms = (process.cpuUsage(t).user + process.cpuUsage(t).system) / 1000;
        assert.ok(ms < 2000, `${JSON.stringify(text.slice(0, 12))}… took ${ms} ms`);
      }
    });
  });
});

// Differential test against the tree-sitter-bash conversion boxlint used before (test/tree-sitter-shell.ts), on
// every shell script of the shared corpus (read in place) and of the rule fixtures. Output must be identical
// except where tree-sitter-bash is wrong; each such mistake is recognised by its shape below and counted.
const CORPUS = process.env.BOXLINT_CORPUS ?? join(__dirname, '..', '..', 'shared', 'corpus');

interface Canonical { name: ShellWord | null; args: ShellWord[]; assignments: ShellWord[]; redirects: ShellWord[]; start: number; end: number; pipeline: number[] | null; guarded: boolean }
const canonical = (c: ShellCommand): Canonical => ({ ...c, pipeline: c.pipeline?.map(p => p.start) ?? null });
const isHeredoc = (r: ShellWord) => r.text.startsWith('<<') && !r.text.startsWith('<<<');
const within = (w: ShellWord, from: number, to: number) => w.start > from && w.start < to;

/** tree-sitter-bash mistakes: each turns the new parser's command into what tree-sitter-bash made of it. */
const TREE_SITTER_MISTAKES: Record<string, (old: Canonical, neu: Canonical) => Canonical> = {
  // Its file_redirect takes every following word as destination: in `echo >&2 "msg"` or `xargs < f cmd`, "msg"
  // and cmd became part of the redirect; bash passes them as arguments.
  'redirect swallows the words after it': (old, neu) => {
    let args = neu.args;
    const redirects = neu.redirects.map(r => {
      const o = old.redirects.find(x => x.start === r.start && x.end > r.end);
      if (!o || isHeredoc(r)) return r;
      args = args.filter(a => !within(a, r.start, o.end));
      return o;
    });
    return { ...neu, args, redirects };
  },
  // It nests the rest of the `<<EOF` line (`cat <<EOF > /etc/f`) inside the heredoc redirect; bash applies
  // those redirects and arguments to the command.
  'rest of the heredoc line nested in the heredoc': (old, neu) => {
    const docs = old.redirects.filter(isHeredoc);
    const outside = (w: ShellWord) => !docs.some(d => within(w, d.start, d.end));
    return { ...neu, args: neu.args.filter(outside), redirects: neu.redirects.filter(outside) };
  },
  // `a && echo x >> f`, `curl … | tee f > /dev/null`: it attaches a redirect after the last command of an && / ||
  // list or a pipeline to the whole list or pipeline, so that command lost it (and the words it swallowed).
  'redirect taken by the list or pipeline': (old, neu) => {
    if (!(neu.guarded || neu.pipeline) || neu.redirects.length <= old.redirects.length) return neu;
    const redirects = neu.redirects.slice(0, old.redirects.length);
    const from = neu.redirects[old.redirects.length].start;
    const args = neu.args.filter(a => a.start < from);
    const end = Math.max(neu.name?.end ?? 0, ...[...args, ...neu.assignments, ...redirects].map(w => w.end));
    return { ...neu, args, redirects, end };
  },
  // `find … | awk … | sort && apt-get purge …`: it sometimes nests the && list after a pipeline inside the
  // pipeline's last element, splitting the pipeline (`find` alone, `awk | sort` apart).
  'pipeline split by the && list after it': (old, neu) => {
    if (!old.pipeline || !neu.pipeline || old.pipeline.length >= neu.pipeline.length) return neu;
    return old.pipeline.every(p => neu.pipeline!.includes(p)) ? { ...neu, pipeline: old.pipeline } : neu;
  },
};

/** Scripts tree-sitter-bash gets wrong as a whole (error recovery), by a pattern of their text. */
const TREE_SITTER_WRONG_SCRIPTS: [RegExp, string][] = [
  [/! \{ ldd/, '`! { …; }`: it read `{` and `}` as commands of a negated command'],
  [/if ! cat \/etc\/group \| grep/, '`! a | b > f`: it negated `a` alone and gave the redirect to the negation, not the pipeline'],
  [/&& \\ useradd/, '`\\ useradd`: an escaped blank starts the word (bash runs " useradd"); it dropped the word'],
  [/^powershell +if \(\(Get-FileHash/, 'a PowerShell script (SHELL ["powershell"]): error recovery of `if ((…` differs'],
  [/^<<EOT bash\s*$/, 'a Dockerfile heredoc opener read alone: it misread `<<EOT` as `<EOT`'],
  [/^cat <<EOF > \/etc\/motd\s*$/, 'a Dockerfile `RUN cat <<EOF > f` line (body elsewhere): it dropped both redirects'],
];

function shellScripts(): string[] {
  const texts = new Set<string>();
  const add = (file: string, kind: FileKind) => { for (const s of parse(readFileSync(file, 'utf8'), kind).shellSources()) texts.add(s.script.text); };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/vagrantfile$/i.test(name)) add(path, 'vagrantfile');
      else if (/dockerfile/i.test(name) && !/\.(yaml|dockerignore)$/.test(name)) add(path, 'dockerfile');
    }
  };
  walk(join(CORPUS, 'dockerfiles'));
  walk(join(CORPUS, 'vagrantfiles'));
  walk(FIXTURES);
  return [...texts];
}

describe('shell parser vs tree-sitter-bash (differential)', function () {
  this.timeout(300_000);

  it('gives tree-sitter-bash\'s ShellScript on every corpus and fixture script, but for its listed mistakes', async function () {
    if (!existsSync(CORPUS)) {
      console.log(`      (skipped: no corpus at ${CORPUS}; set BOXLINT_CORPUS to the folder holding dockerfiles/)`);
      this.skip();
    }
    await initEngine();
    await initTreeSitterBash();
    const scripts = shellScripts();
    assert.ok(scripts.length > 1500, `expected the corpus scripts, found ${scripts.length}`);
    let identical = 0;
    const explained = new Map<string, number>();
    const unexplained: string[] = [];
    for (const text of scripts) {
      const old = treeSitterParseShell(text), neu = parseShell(text);
      const o = old.commands.map(canonical), n = neu.commands.map(canonical);
      if (old.hasErrors === neu.hasErrors && isDeepStrictEqual(o, n)) { identical++; continue; }
      const whole = TREE_SITTER_WRONG_SCRIPTS.find(([re]) => re.test(text));
      if (whole) { explained.set(whole[1], (explained.get(whole[1]) ?? 0) + 1); continue; }
      const why = new Set<string>();
      let first = `hasErrors ${old.hasErrors} -> ${neu.hasErrors}, ${o.length} -> ${n.length} commands`;
      const same = old.hasErrors === neu.hasErrors && o.length === n.length && o.every((oc, k) => {
        let nc = n[k];
        for (const [mistake, fix] of Object.entries(TREE_SITTER_MISTAKES)) {
          const fixed = fix(oc, nc);
          if (!isDeepStrictEqual(fixed, nc)) { why.add(mistake); nc = fixed; }
        }
        if (isDeepStrictEqual(oc, nc)) return true;
        first = `${JSON.stringify(oc)}\n  new: ${JSON.stringify(nc)}`;
        return false;
      });
      if (same) for (const w of why) explained.set(w, (explained.get(w) ?? 0) + 1);
      else unexplained.push(`${text.slice(0, 200)}\n  old: ${first}`);
    }
    console.log(`      identical on ${identical} of ${scripts.length} scripts; tree-sitter-bash mistakes: `
      + [...explained].map(([w, k]) => `${w} (${k})`).join(', '));
    assert.equal(unexplained.length, 0, unexplained.join('\n\n'));
    // Every listed whole-script mistake still occurs (the list stays exact).
    for (const [, why] of TREE_SITTER_WRONG_SCRIPTS) assert.ok(explained.has(why), `unused: ${why}`);
  });
});

describe('shell parser properties', () => {
  it('never throws and keeps every word and command inside the script, text matching offsets', () => {
    const pieces = [' ', '\n', '\t', ';', '&', '|', '(', ')', '{', '}', '<', '>', '$', '`', '"', "'", '\\', '#', '=', '[', ']',
      'a', 'x=1', 'if', 'then', 'fi', 'do', 'done', 'case', 'in', 'esac', ';;', '<<E', 'E', '$(', '${', '$((', '<(', 'for', 'while', 'export', 'f()'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), parts => {
      const text = parts.join('');
      const s = parseShell(text);
      let last = -1;
      for (const c of s.commands) {
        assert.ok(c.start >= last && c.start <= c.end && c.end <= text.length, 'command offsets');
        last = c.start;
        for (const w of [c.name!, ...c.args, ...c.assignments, ...c.redirects]) {
          assert.ok(w.start >= 0 && w.start <= w.end && w.end <= text.length, 'word offsets');
          assert.equal(text.slice(w.start, w.end), w.text);
        }
        if (c.pipeline) assert.ok(c.pipeline.includes(c));
      }
    }), { numRuns: 3000 });
  });
});
