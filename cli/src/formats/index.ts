import type { Formatter } from '../types';
import { checkstyle } from './checkstyle';
import { github } from './github';
import { gitlab } from './gitlab';
import { json } from './json';
import { sarif } from './sarif';
import { stylish } from './stylish';

export const FORMATS: Record<string, Formatter> = { stylish, json, sarif, checkstyle, gitlab, github };
