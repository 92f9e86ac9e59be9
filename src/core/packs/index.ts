// Registry of rule packs by id.

import type { RulePack } from '../types';
import { cnPack } from './cn/index';

export const PACKS: Readonly<Record<string, RulePack>> = { cn: cnPack };
export const DEFAULT_PACK = 'cn';
