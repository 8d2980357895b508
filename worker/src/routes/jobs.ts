import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';

export const jobRoutes = new Hono<AppEnv>();
