// The Fastify instance type every routes file receives.
import type { FastifyInstance } from 'fastify';

export type App = FastifyInstance;
