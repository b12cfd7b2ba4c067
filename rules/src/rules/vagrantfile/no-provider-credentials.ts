import { defineVagrantfileRule } from '../../rule';
import { strings } from '../../vagrantfile/values';

/** Setting names that hold credentials in provider plugins (aws, azure, google, digital_ocean, openstack, vsphere …). */
const SECRET_NAME = /(^|_)(password|passwd|secret|secret_access_key|access_key_id|access_key|session_token|token|api_key|apikey|client_secret|private_key)$/i;
const NOT_SECRET = /(_path|_file|_name|_id_file|_location)$/i;
/** Placeholders people leave on purpose. */
const PLACEHOLDER = /^(|x+|\*+|<.*>|\$\{?\w+\}?|changeme|your[-_ ].*|todo)$/i;

export default defineVagrantfileRule({
  id: 'BXV702',
  name: 'no-provider-credentials',
  concern: 'secrets',
  severity: 'error',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Do not write cloud credentials (access keys, tokens, passwords) into provider blocks.',
    why: 'The Vagrantfile is committed and shared. An AWS secret key or a DigitalOcean token in it is published with the '
      + 'repository and its history, and lets anyone create machines on your bill or read your data; keys leaked to '
      + 'public repositories are scraped within minutes.',
    fix: 'Read them from the environment or the provider\'s credential file: `aws.access_key_id = ENV["AWS_ACCESS_KEY_ID"]`, '
      + 'or leave them unset and let the provider use `~/.aws/credentials`. Rotate any key that was committed.',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.provider "aws" do |aws|\n    aws.access_key_id = "AKIAIOSFODNN7EXAMPLE"\n    aws.secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n  end\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.provider "aws" do |aws|\n    aws.access_key_id = ENV["AWS_ACCESS_KEY_ID"]\n    aws.secret_access_key = ENV["AWS_SECRET_ACCESS_KEY"]\n  end\nend',
    notes: 'Values that are empty or obvious placeholders (`changeme`, `<token>`, `xxx`) are not flagged.',
  },
  check({ model, report }) {
    for (const p of model.providers) {
      for (const s of p.settings) {
        const name = s.path.split('.').pop()!;
        if (!SECRET_NAME.test(name) || NOT_SECRET.test(name)) continue;
        for (const { value, at } of strings(s.value)) {
          if (PLACEHOLDER.test(value.trim())) continue;
          report({ range: at.range, message: `\`${p.type ?? 'provider'}.${s.path}\` holds a credential written in the Vagrantfile: read it from the environment (\`ENV["…"]\`) and rotate it.` });
        }
      }
    }
  },
});
