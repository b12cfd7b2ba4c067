// Placeholder type until the Vagrantfile issue lands its model; the engine treats the kind as having no rules yet.
export interface VagrantfileModel { kind: 'vagrantfile'; text: string }
