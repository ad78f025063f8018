import { Readable } from 'node:stream';
import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { HttpError, parseOr400 } from './errors';

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
  /** A larger body limit than the app's 1 MB (webhooks carrying a snapshot). */
  bodyLimit?: number;
  /** Keep the body's bytes as `req.rawBody` too (a webhook's HMAC is over the bytes, not the JSON). */
  rawBody?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: Buffer;
  }
}

const tooLarge = (limit: number): HttpError =>
  new HttpError(413, 'payload_too_large', `the body may have at most ${limit} bytes`);

/** Reads the body once, keeps its bytes on the request and hands the same bytes on to the parser. */
async function keepRawBody(req: FastifyRequest, _reply: FastifyReply, payload: Readable): Promise<Readable> {
  const limit = req.routeOptions.bodyLimit ?? 1_048_576;
  if (Number(req.headers['content-length']) > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of payload) {
    total += (chunk as Buffer).length;
    // Public webhooks read before any check: never hold more than the limit.
    if (total > limit) throw tooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  req.rawBody = Buffer.concat(chunks, total);
  const again = Readable.from([req.rawBody]) as Readable & { receivedEncodedLength?: number };
  again.receivedEncodedLength = req.rawBody.length;
  return again;
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
      ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
      ...(spec.rawBody ? { preParsing: keepRawBody } : {}),
      handler: async (req, reply) => {
        const body = (spec.body ? parseOr400(spec.body, req.body) : undefined) as Infer<B>;
        const query = (spec.query ? parseOr400(spec.query, req.query) : undefined) as Infer<Q>;
        return handler({ body, query, params: req.params as Record<string, string> }, req, reply);
      },
    });
  }
}
