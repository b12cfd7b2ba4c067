// Label checks driven by the project's label schema (hadolint's `label-schema` / `strict-labels`, also
// accepted under `settings:` in .boxlint.yaml): which labels are required, and the format of their values.
import type { Report, RuleOptions } from '../rule';
import type { DfProperty, DockerfileModel } from './model';
import { Memo } from '../memo';

export type LabelType = 'text' | 'url' | 'semver' | 'hash' | 'rfc3339' | 'spdx' | 'email';

/** `label-schema` from the config: label name -> value type. Anything malformed reads as no schema. */
export function labelSchema(options: RuleOptions): Map<string, LabelType> {
  const raw = options.settings['label-schema'];
  const out = new Map<string, LabelType>();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) if (typeof v === 'string') out.set(k, v.toLowerCase() as LabelType);
  return out;
}

export function strictLabels(options: RuleOptions): boolean {
  return options.settings['strict-labels'] === true;
}

/** Every `LABEL key=value` pair of the file (ONBUILD triggers excluded: they label the child image). */
export function labelPairs(model: DockerfileModel): readonly DfProperty[] {
  let pairs = labelCache.get(model);
  if (!pairs) labelCache.set(model, pairs = model.instructions.filter(i => i.keyword === 'LABEL').flatMap(i => i.properties));
  return pairs;
}
const labelCache = new Memo<DockerfileModel, DfProperty[]>();

export interface LabelFormat {
  type: LabelType;
  /** What a valid value is, for the message (`a URL`). */
  what: string;
  valid(value: string): boolean;
}

/** Reports schema labels of `format.type` whose value is not valid. Empty values and values with variables are left alone. */
export function checkLabelFormat(model: DockerfileModel, options: RuleOptions, format: LabelFormat, report: (r: Report) => void): void {
  const schema = labelSchema(options);
  for (const p of labelPairs(model)) {
    if (schema.get(p.name) !== format.type || !p.value || p.value.includes('$') || format.valid(p.value)) continue;
    report({ range: p.valueRange ?? p.range, message: `Label \`${p.name}\` must be ${format.what} (label-schema), not \`${p.value}\`.` });
  }
}
