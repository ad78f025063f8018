import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdminPage } from '../../../src/client/features/admin/admin-page';
import type { OversightSettings } from '../../../src/shared/schemas/oversight';
import { renderWithProviders } from '../render';
import { adminServer, makeView } from './admin-fakes';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const box = (label: string): HTMLInputElement => screen.getByLabelText(label);

describe('the escalation ladders (上报层级)', () => {
  it('keeps the county behind the town and saves a category ladder and the delay', async () => {
    const server = adminServer('admin', makeView());
    vi.stubGlobal('fetch', server.fetch);
    renderWithProviders(<AdminPage />);
    await screen.findByRole('button', { name: '保存' });

    // sanitation follows the default until it gets its own ladder.
    expect(box('环境卫生 镇').disabled).toBe(true);
    fireEvent.click(box('环境卫生 单独设置上报层级'));
    expect(box('环境卫生 镇').disabled).toBe(false);

    fireEvent.click(box('环境卫生 镇'));
    expect(box('环境卫生 镇').checked).toBe(false);
    expect(box('环境卫生 县').checked).toBe(false);
    expect(box('环境卫生 县').disabled).toBe(true);
    expect(box('环境卫生 县').title).toBe('上报到县须先经镇：请先勾选镇');

    fireEvent.change(screen.getByLabelText('通报并上报前的工作日数'), { target: { value: '3' } });
    expect(screen.getByText('红牌后 3 个工作日未办结则通报并上报一级')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() => expect(server.writes).toHaveLength(1));
    const body = server.writes[0]!.body as OversightSettings;
    expect(body.ladders.sanitation).toEqual(['grid', 'village']);
    expect(body.ladders['*']).toEqual(['grid', 'village', 'town', 'county']);
    expect(body.ladders.flood).toEqual(['grid', 'town', 'county']);
    expect(body.escalateAfterWorkingDays).toBe(3);
  });
});
