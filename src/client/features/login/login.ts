import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { loginBody, user } from '../../../shared/schemas/user';
import type { User } from '../../../shared/schemas/user';
import { apiPost } from '../../lib/api-client';
import { authKeys, meResponse } from '../../lib/auth';

export interface Credentials {
  username: string;
  password: string;
}

export function login(credentials: Credentials): Promise<User> {
  return apiPost('/api/auth/login', loginBody.parse(credentials), meResponse).then((body) =>
    user.parse(body.user),
  );
}

export function useLogin(): UseMutationResult<User, Error, Credentials> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (signedIn) => {
      // Start the new session from nothing, then seed "me" so the guard does not ask again.
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, signedIn);
    },
  });
}

/**
 * Where to go after signing in: `next` when it is a path of this app (never another origin —
 * `//evil.example` and `/\evil` are protocol-relative), otherwise the role's home.
 */
export function safeNextPath(next: string | null, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (next === '/login' || next.startsWith('/login?')) return fallback;
  return next;
}
