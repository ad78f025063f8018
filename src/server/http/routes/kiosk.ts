import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { listOf } from '../../../shared/schemas/common';
import {
  issuedKioskToken,
  kioskExchangeBody,
  kioskToken,
  kioskTokenIssueBody,
} from '../../../shared/schemas/kiosk';
import { user as userSchema } from '../../../shared/schemas/user';
import { LoginLimiter } from '../../auth/login-limiter';
import { createSession, endSession, SESSION_COOKIE } from '../../auth/sessions';
import { KioskTokens, kioskUserId, tokenIdOfUser } from '../../services/kiosk-tokens';
import { requireUser } from '../auth-hook';
import type { AppContext } from '../context';
import { HttpError, notFound } from '../errors';

/** "Last used" follows a kiosk's requests, but is written at most this often. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** Records when each kiosk token's session was last used, from the requests it makes. */
function trackKioskUse(ctx: AppContext, tokens: KioskTokens): void {
  const lastTouch = new Map<string, number>();
  ctx.routes.app.addHook('onRequest', async (req) => {
    const tokenId = req.user?.role === 'wall_kiosk' ? tokenIdOfUser(req.user.id) : null;
    if (tokenId === null) return;
    const now = ctx.now().getTime();
    if (now - (lastTouch.get(tokenId) ?? 0) < TOUCH_EVERY_MS) return;
    lastTouch.set(tokenId, now);
    await tokens.touch(tokenId);
  });
}

/**
 * Wall kiosks: an administrator issues, lists and revokes token URLs; a display exchanges its token
 * for a read-only wall_kiosk session (POST /api/auth/kiosk, public, rate-limited like login).
 */
export function registerKioskRoutes(ctx: AppContext): void {
  const { routes, repo } = ctx;
  const tokens = new KioskTokens(repo, ctx.now);
  const limiter = new LoginLimiter();
  const audit = (userId: string | null, action: string, detail: object): Promise<void> =>
    repo.audit({ id: randomUUID(), at: ctx.now().toISOString(), userId, action, detail });
  trackKioskUse(ctx, tokens);

  routes.add(
    {
      method: 'POST',
      url: '/api/admin/kiosk-tokens',
      summary: 'Issue a wall kiosk token; the answer holds its URL, shown this once',
      tag: 'admin',
      body: kioskTokenIssueBody,
      response: issuedKioskToken,
      status: 201,
    },
    async ({ body }, req, reply) => {
      const admin = requireUser(req, 'settings:write');
      const issued = await tokens.issue(body.name, admin);
      await audit(admin.id, 'kiosk_token_issue', { tokenId: issued.id, name: issued.name });
      return reply.code(201).send(issued);
    },
  );
  routes.add(
    {
      method: 'GET',
      url: '/api/admin/kiosk-tokens',
      summary: 'List wall kiosk tokens (without secrets)',
      tag: 'admin',
      response: listOf(kioskToken),
    },
    async (_i, req) => {
      requireUser(req, 'settings:write');
      const items = await tokens.list();
      return { items, total: items.length };
    },
  );
  routes.add(
    {
      method: 'POST',
      url: '/api/admin/kiosk-tokens/:id/revoke',
      summary: 'Revoke a wall kiosk token and end the sessions it opened',
      tag: 'admin',
      response: kioskToken,
    },
    async ({ params }, req) => {
      const admin = requireUser(req, 'settings:write');
      const result = await tokens.revoke(params.id ?? '');
      if (!result) throw notFound('kiosk token');
      // The sessions are gone; the display's live feed goes with them, not at its next reconnect.
      const socketsClosed = ctx.hub.disconnectUser(kioskUserId(result.token.id));
      if (result.changed) {
        await audit(admin.id, 'kiosk_token_revoke', {
          tokenId: result.token.id,
          name: result.token.name,
          sessionsEnded: result.sessionsEnded,
          socketsClosed,
        });
      }
      return result.token;
    },
  );
  routes.add(
    {
      method: 'POST',
      url: '/api/auth/kiosk',
      summary: 'Sign a wall display in with its kiosk token (sets the session cookie)',
      tag: 'auth',
      public: true,
      body: kioskExchangeBody,
      response: z.object({ user: userSchema }),
    },
    async ({ body }, req, reply) => {
      const limitKey = `${req.ip}|kiosk`;
      const wait = limiter.retryAfter(limitKey, ctx.now().getTime());
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new HttpError(429, 'too_many_attempts', `too many invalid kiosk tokens; retry in ${wait} s`);
      }
      const found = await tokens.exchange(body.token);
      if (!found) {
        limiter.fail(limitKey, ctx.now().getTime());
        await audit(null, 'kiosk_login_failed', { ip: req.ip });
        throw new HttpError(401, 'invalid_token', 'unknown or revoked kiosk token');
      }
      limiter.succeed(limitKey);
      // A display that signs in again with the session it already has keeps it; any other
      // session of this browser (someone else's) ends here, since its cookie is replaced.
      if (req.user?.id === found.user.id) return { user: found.user };
      await endSession(repo, req.cookies[SESSION_COOKIE]);
      const session = await createSession(repo, found.user, ctx.now());
      await audit(found.user.id, 'kiosk_login', {
        tokenId: found.token.id,
        name: found.token.name,
        ip: req.ip,
      });
      reply.setCookie(SESSION_COOKIE, session, { path: '/', httpOnly: true, sameSite: 'lax' });
      return { user: found.user };
    },
  );
}
