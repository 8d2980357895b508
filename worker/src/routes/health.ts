import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { VERSION } from '../version.ts';

export const healthRoutes = new Hono<AppEnv>();

healthRoutes.get('/health', (c) => c.json({ status: 'ok' as const, version: VERSION }));
