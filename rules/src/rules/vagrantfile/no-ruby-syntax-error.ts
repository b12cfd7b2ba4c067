import { defineVagrantfileRule } from '../../rule';

export default defineVagrantfileRule({
  id: 'BXV001',
  name: 'no-ruby-syntax-error',
  concern: 'maintainability',
  severity: 'error',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'The Vagrantfile must be valid Ruby.',
    why: 'Vagrant loads the Vagrantfile as Ruby before doing anything: a syntax error stops every `vagrant` command '
      + 'in the project, and boxlint can only check the parts it could read.',
    fix: 'Correct the code at the reported place; the message is Ruby\'s own (from prism, the parser Ruby itself uses).',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.box = "ubuntu/jammy64"\n',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.box = "ubuntu/jammy64"\nend',
    notes: 'Ruby may explain one mistake several ways; messages at the same place are joined into one finding.',
  },
  check({ model, report }) {
    // prism often explains one mistake several ways at the same spot: one finding per spot.
    const bySpot = new Map<string, typeof model.syntaxErrors>();
    for (const e of model.syntaxErrors) {
      const key = JSON.stringify(e.range);
      bySpot.set(key, [...(bySpot.get(key) ?? []), e]);
    }
    for (const errors of bySpot.values()) report({ range: errors[0].range, message: `Ruby syntax error: ${errors.map(e => e.message).join('; ')}.` });
  },
});
