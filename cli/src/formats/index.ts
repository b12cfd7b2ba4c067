import type { Formatter } from '../types';
import { json } from './json';
import { stylish } from './stylish';

export const FORMATS: Record<string, Formatter> = { stylish, json };
