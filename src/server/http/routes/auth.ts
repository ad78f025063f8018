import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { loginBody, user as userSchema } from '../../../shared/schemas/user';
import { verifyPassword } from '../../auth/passwords';
import { LoginLimiter } from '../../auth/login-limiter';
import { createSession, endSession, SESSION_COOKIE } from '../../auth/sessions';
import type { AppContext } from '../context';
import { HttpError } from '../errors';
import { requireUser } from '../auth-hook';

const userResponse = z.object({ user: userSchema });

export function registerAuthRoutes(ctx: AppContext): void {
  const { routes, repo } = ctx;
  const limiter = new LoginLimiter();
  routes.add(
    {
      method: 'POST',
      url: '/api/auth/login',
      summary: 'Log in',
      tag: 'auth',
      public: true,
      body: loginBody,
      response: userResponse,
    },
    async ({ body }, req, reply) => {
      const limitKey = `${req.ip}|${body.username.toLowerCase()}`;
      const wait = limiter.retryAfter(limitKey, ctx.now().getTime());
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new HttpError(429, 'too_many_attempts', `too many failed logins; retry in ${wait} s`);
      }
      const stored = await repo.findUserByUsername(body.username);
      const ok = stored !== null && (await verifyPassword(stored.passwordHash, body.password));
      const at = ctx.now().toISOString();
      await repo.audit({
        id: randomUUID(),
        at,
        userId: stored?.user.id ?? null,
        action: ok ? 'login' : 'login_failed',
        detail: { username: body.username, ip: req.ip },
      });
      if (!stored || !ok) {
        limiter.fail(limitKey, ctx.now().getTime());
        throw new HttpError(401, 'invalid_credentials', 'wrong user name or password');
      }
      limiter.succeed(limitKey);
      const token = await createSession(repo, stored.user, ctx.now());
      reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax' });
      return { user: stored.user };
    },
  );
  routes.add(
    { method: 'POST', url: '/api/auth/logout', summary: 'Log out', tag: 'auth' },
    async (_i, req, reply) => {
      const user = requireUser(req);
      await endSession(repo, req.cookies[SESSION_COOKIE]);
      await repo.audit({
        id: randomUUID(),
        at: ctx.now().toISOString(),
        userId: user.id,
        action: 'logout',
        detail: {},
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );
  routes.add(
    {
      method: 'GET',
      url: '/api/auth/me',
      summary: 'The signed-in user',
      tag: 'auth',
      response: userResponse,
    },
    async (_i, req) => ({ user: requireUser(req) }),
  );
}
