import { DurableObject } from 'cloudflare:workers';
import type { Bindings } from '../env.ts';

export class PathCollector extends DurableObject<Bindings> {}
