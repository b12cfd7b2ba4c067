// FROM references the image rules judge: external images only (not `scratch`, not earlier stages).
import type { Range } from '../types';
import type { DfFrom, DockerfileModel } from './model';

export interface ExternalImage {
  from: DfFrom;
  /** Where to report: the image word. */
  range: Range;
  /** Display text: the reference as written, plus its resolved value when ARGs changed it. */
  label: string;
}

export function externalImages(model: DockerfileModel): ExternalImage[] {
  const out: ExternalImage[] = [];
  for (const stage of model.stages) {
    const from = stage.from;
    if (!from.image || !from.imageRange || from.isStageOrScratch || !from.ref) continue;
    const label = from.resolved && from.resolved !== from.image ? `${from.image}\` (= \`${from.resolved}\`)` : `${from.image}\``;
    out.push({ from, range: from.imageRange, label: '`' + label });
  }
  return out;
}
