import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';

export const metricsRoutes = new Hono<AppEnv>();
