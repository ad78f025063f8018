import { resolveSession, readCookie, SESSION_COOKIE } from '../auth/sessions';
import { can } from '../../shared/auth/policy';
import type { Repository } from '../db/repository';
import type { IoServer } from './hub';

/** The handshake uses the same session cookie as REST; `auth.lastSeq` asks for a replay. */
export function attachSocketAuth(io: IoServer, repo: Repository, now: () => Date): void {
  io.use((socket, next) => {
    const token = readCookie(socket.request.headers.cookie, SESSION_COOKIE);
    resolveSession(repo, token, now())
      .then((user) => {
        if (!user) return next(new Error('unauthorized'));
        if (!can(user.role, 'events:subscribe')) return next(new Error('forbidden'));
        const raw = (socket.handshake.auth as { lastSeq?: unknown } | undefined)?.lastSeq;
        if (
          raw !== undefined &&
          raw !== null &&
          (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0)
        ) {
          return next(new Error('invalid lastSeq'));
        }
        socket.data.user = user;
        socket.data.lastSeq = typeof raw === 'number' ? raw : undefined;
        next();
      })
      .catch((err: unknown) => next(err instanceof Error ? err : new Error(String(err))));
  });
}
