import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/client/app/app';
import { safeNextPath } from '../../../src/client/features/login/login';
import { fakeFetch, json } from '../fixtures';
import { renderWithProviders } from '../render';

// The authenticated shell opens the socket; this test is about routing and the session only.
vi.mock('socket.io-client', () => ({
  io: () => ({
    on: () => undefined,
    connect: () => undefined,
    disconnect: () => undefined,
    removeAllListeners: () => undefined,
  }),
}));

let signedIn: boolean;
const operator = { id: 'u-op', username: 'operator', displayName: 'Operator Wang', role: 'operator' };

beforeEach(() => {
  signedIn = false;
  vi.stubGlobal(
    'fetch',
    fakeFetch({
      '/api/auth/me': () =>
        signedIn ? { user: operator } : json({ error: { code: 'unauthenticated', message: 'no' } }, 401),
      '/api/auth/login': (_url, init) => {
        const body = JSON.parse(String(init?.body)) as { password: string };
        if (body.password !== 'right')
          return json({ error: { code: 'bad_credentials', message: 'no' } }, 401);
        signedIn = true;
        return { user: operator };
      },
      '/api/work-orders': () => ({ items: [], total: 0, asOfSeq: 0 }),
      '/api/grids': () => ({ items: [], total: 0 }),
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('login and the auth guard', () => {
  it('sends a visitor without a session to /login?next=…, shows bad credentials, then returns to next', async () => {
    window.history.replaceState(null, '', '/console?q=road');
    renderWithProviders(<App />);
    await waitFor(() => expect(window.location.pathname).toBe('/login'));
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/console?q=road');

    fireEvent.change(screen.getByLabelText('用户名'), { target: { value: 'operator' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect((await screen.findByRole('alert')).textContent).toBe('用户名或密码错误');

    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'right' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(window.location.pathname + window.location.search).toBe('/console?q=road'));
    expect(await screen.findByText('Operator Wang（指挥中心坐席）')).toBeTruthy();
    expect(screen.getByTestId('connection-banner')).toBeTruthy();
  });

  it('redirects / by role', async () => {
    signedIn = true;
    renderWithProviders(<App />);
    await waitFor(() => expect(window.location.pathname).toBe('/console'));
  });

  it('never follows next to another origin', () => {
    expect(safeNextPath('/wall', '/console')).toBe('/wall');
    expect(safeNextPath('//evil.example/x', '/console')).toBe('/console');
    expect(safeNextPath('/\\evil.example', '/console')).toBe('/console');
    expect(safeNextPath('https://evil.example', '/console')).toBe('/console');
    expect(safeNextPath('/login?next=/wall', '/console')).toBe('/console');
    expect(safeNextPath(null, '/field')).toBe('/field');
  });
});
