import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdminPage } from '../../../src/client/features/admin/admin-page';
import { authKeys } from '../../../src/client/lib/auth';
import type { KioskToken } from '../../../src/shared/schemas/kiosk';
import type { Role } from '../../../src/shared/schemas/user';
import { json } from '../fixtures';
import { renderWithProviders } from '../render';
import { adminServer, makeView, type Recorded } from './admin-fakes';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const SECRET = 'sEcReT-0123456789abcdefghijklmnopqrstuvwxyzAB';

/** The admin screen's server plus the kiosk token routes, with state. */
function kioskServer(role: Role, tokens: KioskToken[]): { writes: Recorded[]; paths: string[] } {
  const base = adminServer(role, makeView());
  const writes: Recorded[] = [];
  const paths: string[] = [];
  let current = [...tokens];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    paths.push(url.pathname);
    const body: unknown = init?.body ? JSON.parse(String(init.body)) : undefined;
    if (url.pathname === '/api/admin/kiosk-tokens' && init?.method === 'POST') {
      writes.push({ method: 'POST', path: url.pathname, body });
      const token: KioskToken = {
        id: 'k-new',
        name: (body as { name: string }).name,
        createdAt: '2026-03-02T09:00:00.000+08:00',
        createdBy: 'u-admin',
        revokedAt: null,
        lastUsedAt: null,
      };
      current = [...current, token];
      return json({ ...token, path: `/wall?token=${SECRET}` }, 201);
    }
    if (url.pathname === '/api/admin/kiosk-tokens') return json({ items: current, total: current.length });
    const revoke = /^\/api\/admin\/kiosk-tokens\/([^/]+)\/revoke$/.exec(url.pathname);
    if (revoke) {
      writes.push({ method: 'POST', path: url.pathname, body });
      current = current.map((t) =>
        t.id === revoke[1] ? { ...t, revokedAt: '2026-03-02T10:00:00.000+08:00' } : t,
      );
      return json(current.find((t) => t.id === revoke[1]));
    }
    return base.fetch(input, init);
  };
  vi.stubGlobal('fetch', fetch);
  return { writes, paths };
}

const FLOOR_ONE: KioskToken = {
  id: 'k-1',
  name: '一楼指挥大屏',
  createdAt: '2026-03-01T08:30:00.000+08:00',
  createdBy: 'u-admin',
  revokedAt: null,
  lastUsedAt: '2026-03-01T21:05:00.000+08:00',
};
const OLD: KioskToken = {
  id: 'k-0',
  name: '旧会商室',
  createdAt: '2026-01-05T10:00:00.000+08:00',
  createdBy: 'u-admin',
  revokedAt: '2026-02-01T12:00:00.000+08:00',
  lastUsedAt: null,
};

describe('大屏令牌 at /admin', () => {
  it('lists each token with name, issue time, last use and status', async () => {
    kioskServer('admin', [OLD, FLOOR_ONE]);
    renderWithProviders(<AdminPage />);
    const table = await screen.findByTestId('kiosk-tokens');
    expect(within(table).getByTestId('kiosk-token-k-1').textContent).toBe(
      '一楼指挥大屏2026-03-01 08:302026-03-01 21:05有效撤销',
    );
    expect(within(table).getByTestId('kiosk-token-k-0').textContent).toBe(
      '旧会商室2026-01-05 10:00从未使用已撤销（2026-02-01 12:00）',
    );
  });

  it('issues a token and shows its URL once, with a copy button', async () => {
    const server = kioskServer('admin', []);
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderWithProviders(<AdminPage />);
    expect(await screen.findByText('尚未发放大屏令牌')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('大屏名称'), { target: { value: ' 二楼会商室 ' } });
    fireEvent.click(screen.getByRole('button', { name: '发放令牌' }));
    const url = `${window.location.origin}/wall?token=${SECRET}`;
    expect(((await screen.findByLabelText('大屏链接')) as HTMLInputElement).value).toBe(url);
    expect(server.writes).toEqual([
      { method: 'POST', path: '/api/admin/kiosk-tokens', body: { name: '二楼会商室' } },
    ]);
    expect(await screen.findByTestId('kiosk-token-k-new')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '复制链接' }));
    expect(await screen.findByText('已复制')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(url);

    fireEvent.click(screen.getByRole('button', { name: '我已保存链接' }));
    expect(screen.queryByLabelText('大屏链接')).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('revokes only after confirmation', async () => {
    const server = kioskServer('admin', [FLOOR_ONE]);
    renderWithProviders(<AdminPage />);
    fireEvent.click(await screen.findByRole('button', { name: '撤销 一楼指挥大屏' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('使用它的大屏将随即退出');
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(server.writes).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: '撤销 一楼指挥大屏' }));
    fireEvent.click(screen.getByRole('button', { name: '确认撤销' }));
    expect(await screen.findByText('已撤销“一楼指挥大屏”的令牌')).toBeTruthy();
    expect(server.writes).toEqual([{ method: 'POST', path: '/api/admin/kiosk-tokens/k-1/revoke', body: {} }]);
    await waitFor(() =>
      expect(screen.getByTestId('kiosk-token-k-1').textContent).toContain('已撤销（2026-03-02 10:00）'),
    );
    expect(screen.queryByRole('button', { name: '撤销 一楼指挥大屏' })).toBeNull();
  });

  it('is not shown to the operator, who is not even asked for the list', async () => {
    const server = kioskServer('operator', [FLOOR_ONE]);
    const { queryClient } = renderWithProviders(<AdminPage />);
    // Before the session arrives nobody is an administrator, which would prove nothing.
    await waitFor(() => expect(queryClient.getQueryState(authKeys.me)?.status).toBe('success'));
    await screen.findByTestId('rule-table');
    expect(screen.queryByText('大屏令牌')).toBeNull();
    expect(screen.queryByText('地图图层导入')).toBeNull();
    expect(server.paths).not.toContain('/api/admin/kiosk-tokens');
  });
});
