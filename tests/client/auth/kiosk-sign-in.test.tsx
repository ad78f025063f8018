import { cleanup, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthGuard } from '../../../src/client/app/auth/auth-guard';
import { kioskTokenIn, withoutToken } from '../../../src/client/app/auth/kiosk-sign-in';
import { useLocation } from '../../../src/client/app/router/router';
import { authKeys } from '../../../src/client/lib/auth';
import { fakeFetch, json } from '../fixtures';
import { renderWithProviders } from '../render';

const TOKEN = 'Zq3k9_secret-token-of-the-first-floor-wall-0123';
const kiosk = { id: 'u-kiosk-1', username: 'kiosk-1', displayName: '一楼指挥大屏', role: 'wall_kiosk' };
const admin = { id: 'u-admin', username: 'admin', displayName: '系统管理员', role: 'admin' };

let exchanged: unknown[];
let failFirst: number;

function stubServer(): ReturnType<typeof fakeFetch> {
  const fetch = fakeFetch({
    '/api/auth/kiosk': (_url, init) => {
      if (failFirst > 0) {
        failFirst--;
        throw new TypeError('Failed to fetch');
      }
      const body = JSON.parse(String(init?.body)) as { token: string };
      exchanged.push(body);
      return body.token === TOKEN
        ? { user: kiosk }
        : json({ error: { code: 'invalid_token', message: 'unknown or revoked kiosk token' } }, 401);
    },
    '/api/auth/me': () => json({ error: { code: 'unauthorized', message: 'login required' } }, 401),
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The guarded wall and, as in the app's route table, a public login page beside it. */
function Wall(): ReactElement {
  const { pathname } = useLocation();
  if (pathname === '/login') return <p>login form</p>;
  return <AuthGuard>{(user) => <p data-testid="wall">{`${user.displayName} ${user.role}`}</p>}</AuthGuard>;
}

beforeEach(() => {
  exchanged = [];
  failFirst = 0;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('a wall display opened at /wall?token=…', () => {
  it('exchanges the token once, shows the wall and removes the token from the address', async () => {
    const fetch = stubServer();
    window.history.replaceState(null, '', `/wall?scene=map&token=${TOKEN}`);
    renderWithProviders(
      <StrictMode>
        <Wall />
      </StrictMode>,
    );
    expect((await screen.findByTestId('wall')).textContent).toBe('一楼指挥大屏 wall_kiosk');
    expect(window.location.pathname + window.location.search).toBe('/wall?scene=map');
    expect(exchanged).toEqual([{ token: TOKEN }]);
    // The session comes from the exchange itself: nobody asked who we were meanwhile.
    expect(fetch.calls.map((u) => u.pathname)).toEqual(['/api/auth/kiosk']);
  });

  it("replaces another user's session and drops everything cached for them", async () => {
    stubServer();
    window.history.replaceState(null, '', `/wall?token=${TOKEN}`);
    const { queryClient } = renderWithProviders(<Wall />, 'zh-CN');
    queryClient.setQueryData(authKeys.me, admin);
    queryClient.setQueryData(['work-orders', 'list'], { items: ['secret of the admin'] });
    expect((await screen.findByTestId('wall')).textContent).toBe('一楼指挥大屏 wall_kiosk');
    expect(queryClient.getQueryData(authKeys.me)).toEqual(kiosk);
    expect(queryClient.getQueryData(['work-orders', 'list'])).toBeUndefined();
  });

  it('says the link is invalid — not the login form — for a refused token', async () => {
    stubServer();
    window.history.replaceState(null, '', '/wall?token=revoked-token-0000000000');
    renderWithProviders(<Wall />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('大屏链接无效');
    expect(alert.textContent).toContain('系统管理 → 大屏令牌');
    expect(window.location.pathname).toBe('/wall');
    expect(screen.queryByLabelText('密码')).toBeNull();
    expect(screen.queryByTestId('wall')).toBeNull();
  });

  it('keeps trying while the server cannot be reached, then signs in', async () => {
    stubServer();
    failFirst = 1;
    window.history.replaceState(null, '', `/wall?token=${TOKEN}`);
    renderWithProviders(<Wall />);
    expect(await screen.findByText('暂时无法连接服务器，正在重试（第 1 次）…')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('wall')).toBeTruthy(), { timeout: 4000 });
    expect(window.location.search).toBe('');
  });

  it('without a token, /wall is guarded as before (401 → login)', async () => {
    stubServer();
    window.history.replaceState(null, '', '/wall');
    renderWithProviders(<Wall />);
    await waitFor(() => expect(window.location.pathname).toBe('/login'));
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/wall');
    expect(exchanged).toEqual([]);
  });
});

describe('the token in the address', () => {
  it('is read only on /wall and removed keeping the other parameters', () => {
    expect(kioskTokenIn('/wall', '?token=abc')).toBe('abc');
    expect(kioskTokenIn('/wall/', '?a=1&token=abc')).toBe('abc');
    expect(kioskTokenIn('/console', '?token=abc')).toBeNull();
    expect(kioskTokenIn('/wall', '?token=')).toBeNull();
    expect(withoutToken('/wall', '?a=1&token=abc&b=2')).toBe('/wall?a=1&b=2');
    expect(withoutToken('/wall', '?token=abc')).toBe('/wall');
  });
});
