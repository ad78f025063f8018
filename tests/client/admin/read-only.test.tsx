import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdminPage } from '../../../src/client/features/admin/admin-page';
import { authKeys } from '../../../src/client/lib/auth';
import { renderWithProviders } from '../render';
import { adminServer, makeView } from './admin-fakes';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('who may change the settings', () => {
  for (const role of ['operator', 'leader'] as const) {
    it(`the ${role} reads the settings but sees no save, remove, add or import`, async () => {
      const server = adminServer(role, makeView({ missingYears: [2027] }));
      vi.stubGlobal('fetch', server.fetch);
      const { queryClient } = renderWithProviders(<AdminPage />);
      // Wait for the session itself: before it arrives everyone is read-only, which would prove nothing.
      await waitFor(() => expect(queryClient.getQueryState(authKeys.me)?.status).toBe('success'));
      expect(await screen.findByText('仅系统管理员可以修改以下设置。')).toBeTruthy();

      expect(screen.getByTestId('rule-*-P1').textContent).toContain('30 分钟 · 自然时间');
      expect(screen.getByTestId('working-hours').textContent).toBe('08:30–12:00 / 13:30–17:30');
      expect(screen.getByText('2027 年节假日安排尚未导入，按普通周末计算')).toBeTruthy();
      expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
      expect(screen.queryByRole('button', { name: '添加专门规则' })).toBeNull();
      expect(screen.queryByRole('button', { name: '导入' })).toBeNull();
      expect(screen.queryAllByRole('textbox')).toEqual([]);
      for (const box of screen.getAllByRole('checkbox')) expect(box.hasAttribute('disabled')).toBe(true);
    });
  }
});

describe('the demo notice', () => {
  it('says the simulated town runs its clocks faster when demoSpeed > 1', async () => {
    const server = adminServer('admin', makeView({ demoSpeed: 60 }));
    vi.stubGlobal('fetch', server.fetch);
    renderWithProviders(<AdminPage />);
    expect((await screen.findByTestId('demo-speed')).textContent).toContain('60 倍速');
  });

  it('is absent at real speed', async () => {
    const server = adminServer('admin', makeView());
    vi.stubGlobal('fetch', server.fetch);
    renderWithProviders(<AdminPage />);
    await screen.findByTestId('rule-table');
    expect(screen.queryByTestId('demo-speed')).toBeNull();
  });
});
