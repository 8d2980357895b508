import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';

export const recordRoutes = new Hono<AppEnv>();
