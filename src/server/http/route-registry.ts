import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { parseOr400 } from './errors';

export interface RouteSpec<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  summary: string;
  tag: string;
  public?: boolean;
  body?: B;
  query?: Q;
  response?: z.ZodType;
  status?: number;
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface Registered {
  method: string;
  url: string;
  summary: string;
  tag: string;
  public: boolean;
  body?: z.ZodType;
  query?: z.ZodType;
  response?: z.ZodType;
  status: number;
}

/**
 * Every REST route is declared through here with its zod schemas, so validation and the OpenAPI
 * document come from the same definitions and cannot drift apart.
 */
export class RouteRegistry {
  readonly routes: Registered[] = [];

  /** The Fastify instance, for what a route needs beyond JSON (the photo upload's raw-body parser). */
  constructor(readonly app: FastifyInstance) {}

  add<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
    spec: RouteSpec<B, Q>,
    handler: (
      input: { body: Infer<B>; query: Infer<Q>; params: Record<string, string> },
      req: FastifyRequest,
      reply: FastifyReply,
    ) => Promise<unknown>,
  ): void {
    this.routes.push({
      method: spec.method,
      url: spec.url,
      summary: spec.summary,
      tag: spec.tag,
      public: spec.public ?? false,
      status: spec.status ?? 200,
      ...(spec.body ? { body: spec.body } : {}),
      ...(spec.query ? { query: spec.query } : {}),
      ...(spec.response ? { response: spec.response } : {}),
    });
    this.app.route({
      method: spec.method as HTTPMethods,
      url: spec.url,
      handler: async (req, reply) => {
        const body = (spec.body ? parseOr400(spec.body, req.body) : undefined) as Infer<B>;
        const query = (spec.query ? parseOr400(spec.query, req.query) : undefined) as Infer<Q>;
        return handler({ body, query, params: req.params as Record<string, string> }, req, reply);
      },
    });
  }
}
