// What boxlint knows about one FROM reference: where each ARG in it got its value, the registry and
// repository it resolves to, and where the reference is literally written (so fixes can edit it).
import type { Range } from '../types';
import type { DfFrom, DfProperty, DockerfileModel } from './model';
import { DEFAULT_REGISTRY } from './image-ref';

export interface ArgOrigin {
  name: string;
  /** The default in effect for FROM (the last global ARG declaring it), null when it has none. */
  value: string | null;
  /** The `ARG` property that set it, null when the variable is never declared before the first FROM. */
  property: DfProperty | null;
  /** 0-based line of that ARG. */
  line: number | null;
}

const VAR = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g;

/** Variables the reference as written uses, each with the global ARG default that resolves it. */
export function argOrigins(model: DockerfileModel, from: DfFrom): ArgOrigin[] {
  const names = [...new Set([...(from.image ?? '').matchAll(VAR)].map(m => m[1] ?? m[2]))];
  return names.map(name => {
    let property: DfProperty | null = null;
    let line: number | null = null;
    for (const ins of model.instructions) {
      if (ins.stage) break;
      if (ins.keyword !== 'ARG') continue;
      for (const p of ins.properties) if (p.name === name) { property = p; line = ins.range.start.line; }
    }
    return { name, value: property?.value ?? null, property, line };
  });
}

/**
 * Where the reference's full text is written: the FROM word itself when it has no variables, or the
 * default of the one global ARG it consists of (`FROM $BASE`, `ARG BASE=ubuntu:24.04`). Null otherwise,
 * so a fix never edits half of a composed reference.
 */
export function literalReference(model: DockerfileModel, from: DfFrom): { range: Range; text: string } | null {
  if (!from.image || !from.imageRange || !from.resolved) return null;
  if (from.resolved === from.image && !from.image.includes('$')) return { range: from.imageRange, text: from.image };
  const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/.exec(from.image);
  if (!m) return null;
  const origin = argOrigins(model, from)[0];
  const p = origin?.property;
  if (!p?.valueRange || p.value == null || p.value !== from.resolved) return null;
  // Quoted or escaped defaults would need re-quoting: leave them to the user.
  if (model.lines.textOf(p.valueRange) !== p.value) return null;
  return { range: p.valueRange, text: p.value };
}

export interface RegistryLocation {
  /** As Docker reads it: `docker.io` when none is written. */
  registry: string;
  registryWritten: boolean;
  /** Repository path on that registry (`library/ubuntu` for Docker Hub official images). */
  repository: string;
}

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

export function isDockerHub(registry: string | null): boolean {
  return registry === null || DOCKER_HUB.has(registry.toLowerCase());
}

/** Registry and repository of a parsed reference, with Docker Hub's implicit `library/` for official images. */
export function registryLocation(ref: { registry: string | null; path: string }): RegistryLocation {
  const hub = isDockerHub(ref.registry);
  const repository = hub && !ref.path.includes('/') ? `library/${ref.path}` : ref.path;
  return { registry: hub ? DEFAULT_REGISTRY : ref.registry!, registryWritten: ref.registry !== null, repository };
}
