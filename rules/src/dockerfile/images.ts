// FROM references the image rules judge: external images only (not `scratch`, not earlier stages).
import type { Range } from '../types';
import type { DfFrom, DfStage, DockerfileModel } from './model';
import { Memo } from '../memo';

export interface ExternalImage {
  from: DfFrom;
  /** Where to report: the image word. */
  range: Range;
  /** Display text: the reference as written, plus its resolved value when ARGs changed it. */
  label: string;
}

/**
 * The FROM images that are neither `scratch` nor an earlier stage, in stage order. Several file-scoped rules read them
 * on every edit: the list is built once per model, each entry once per FROM (editors reuse unchanged stages with their FROM).
 */
export function externalImages(model: DockerfileModel): readonly ExternalImage[] {
  const kept = byModel.get(model);
  if (kept) return kept;
  const out: ExternalImage[] = [];
  for (const stage of model.stages) {
    let img = byStage.get(stage);
    if (img === undefined) img = byStage.set(stage, externalImage(stage.from));
    if (img) out.push(img);
  }
  byModel.set(model, out);
  return out;
}
const byModel = new Memo<DockerfileModel, readonly ExternalImage[]>();
/** By stage: a stage keeps its FROM. */
const byStage = new Memo<DfStage, ExternalImage | null>();

function externalImage(from: DfFrom): ExternalImage | null {
  if (!from.image || !from.imageRange || from.isStageOrScratch || !from.ref) return null;
  const label = from.resolved && from.resolved !== from.image ? `${from.image}\` (= \`${from.resolved}\`)` : `${from.image}\``;
  return { from, range: from.imageRange, label: '`' + label };
}
