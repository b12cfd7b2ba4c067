import { defineVagrantfileRule } from '../../rule';
import { parseImageRef } from '../../dockerfile/image-ref';
import { strings, text, type VgValue } from '../../vagrantfile/values';

/** Why an image reference is not pinned, or null when it has a tag other than latest, or a digest. */
function unpinned(ref: string): string | null {
  if (ref.includes('#{') || ref.startsWith('$')) return null;
  const r = parseImageRef(ref);
  if (r.digest) return null;
  if (!r.tag) return `\`${ref}\` has no tag, so it means \`:latest\``;
  if (r.tag === 'latest') return `\`${ref}\` uses the moving \`latest\` tag`;
  return null;
}

export default defineVagrantfileRule({
  id: 'BXV402',
  name: 'require-docker-image-pin',
  concern: 'unpinned-image',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3006', kind: 'inspired' }, { tool: 'hadolint', id: 'DL3007', kind: 'inspired' }],
  fixable: 'unsafe',
  docs: {
    summary: 'Images pulled or run by the docker provisioner (`pull_images`, `run`) and the docker provider (`image`) need a version tag or digest, not `latest`.',
    why: 'An image without a tag is `:latest`, which the publisher moves whenever they like: the same Vagrantfile starts '
      + 'a different container tomorrow, and a compromised or broken release is pulled automatically.',
    fix: 'Add the exact tag you tested (`redis:7.2.5`), or better its digest (`redis:7.2.5@sha256:…`).',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.provision "docker" do |d|\n    d.pull_images "redis"\n    d.run "nginx:latest"\n  end\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.provision "docker" do |d|\n    d.pull_images "redis:7.2.5"\n    d.run "web", image: "nginx:1.27.0"\n  end\nend',
    notes: 'Images built by `build_image` come from a Dockerfile, which boxlint checks on its own.',
  },
  check({ model, report }) {
    const images: VgValue[] = [];
    for (const p of model.providers.filter(x => x.type === 'docker')) images.push(...p.settings.filter(s => s.path === 'image').map(s => s.value));
    for (const p of model.provisioners.filter(x => x.type === 'docker')) {
      for (const s of p.settings.filter(x => x.path === 'images')) images.push(...strings(s.value).map(x => x.at));
      for (const c of p.calls) {
        if (c.path === 'pull_images') images.push(...c.args.positional.flatMap(v => strings(v).map(x => x.at)));
        // `d.run "name", image: "ref"`; without `image:` the first argument is the image.
        if (c.path === 'run') { const img = c.option('image')?.value ?? c.args.positional[0]; if (img) images.push(img); }
      }
    }
    for (const v of images) {
      const ref = text(v);
      const why = ref ? unpinned(ref) : null;
      if (!ref || !why) continue;
      const bare = ref.replace(/:latest$/, '');
      const mapped = model.mapLiteral(v);
      const editable = mapped && mapped.text === ref && v.origin === null;
      report({
        range: v.range,
        message: `${why}: pin the version you tested (\`${bare}:<tag>\`, or a digest).`,
        fixes: editable ? [{
          title: 'Pin a tag', safety: 'unsafe', snippet: true,
          edits: [{ range: model.lines.range(mapped.from[0], mapped.to[mapped.text.length - 1]), newText: `${bare}:\${1:tag}` }],
        }] : [],
      });
    }
  },
});
