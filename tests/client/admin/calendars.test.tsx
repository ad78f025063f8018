import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdminPage } from '../../../src/client/features/admin/admin-page';
import { renderWithProviders } from '../render';
import { adminServer, makeView, validationFailed } from './admin-fakes';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const YEAR_2027 = {
  year: 2027,
  source: 'test notice',
  holidays: [{ name: '元旦', offDays: ['2027-01-01'], workdays: [] }],
};

async function open(
  answers: Parameters<typeof adminServer>[2] = {},
): Promise<ReturnType<typeof adminServer>> {
  const server = adminServer('admin', makeView({ missingYears: [2027] }), answers);
  vi.stubGlobal('fetch', server.fetch);
  renderWithProviders(<AdminPage />);
  await screen.findByRole('button', { name: '导入' });
  return server;
}

describe('the working calendars (工作日历)', () => {
  it('lists the loaded years and warns about a missing one until it is imported', async () => {
    const server = await open();
    expect(screen.getByTestId('calendars').textContent).toContain('2026');
    expect(screen.getByText('2027 年节假日安排尚未导入，按普通周末计算').getAttribute('role')).toBe('alert');

    fireEvent.change(screen.getByLabelText('JSON 内容'), { target: { value: JSON.stringify(YEAR_2027) } });
    fireEvent.click(screen.getByRole('button', { name: '导入' }));

    expect(await screen.findByText('已导入 2027 年日历')).toBeTruthy();
    expect(server.writes).toEqual([{ method: 'POST', path: '/api/admin/calendars', body: YEAR_2027 }]);
    expect(screen.queryByText('2027 年节假日安排尚未导入，按普通周末计算')).toBeNull();
    expect(screen.getByTestId('calendars').textContent).toContain('2027');
  });

  it("shows the server's validation message on a 400 and keeps the text", async () => {
    const bad = { ...YEAR_2027, holidays: [{ name: '元旦', offDays: [], workdays: ['2027-01-04'] }] };
    await open({
      onPost: () =>
        validationFailed({
          'holidays.0.workdays.0': '2027-01-04 is a weekday: only a weekend day can be made a working day',
        }),
    });
    const text = JSON.stringify(bad);
    fireEvent.change(screen.getByLabelText('JSON 内容'), { target: { value: text } });
    fireEvent.click(screen.getByRole('button', { name: '导入' }));

    const alert = await screen.findByText(/导入被拒绝/);
    expect(alert.textContent).toContain('holidays.0.workdays.0: 2027-01-04 is a weekday');
    expect((screen.getByLabelText('JSON 内容') as HTMLTextAreaElement).value).toBe(text);
    expect(screen.getByText('2027 年节假日安排尚未导入，按普通周末计算')).toBeTruthy();
  });

  it('does not send text that is not JSON', async () => {
    const server = await open();
    fireEvent.change(screen.getByLabelText('JSON 内容'), { target: { value: '{"year": 2027,' } });
    fireEvent.click(screen.getByRole('button', { name: '导入' }));
    expect((await screen.findByText(/不是有效的 JSON/)).getAttribute('role')).toBe('alert');
    expect(server.writes).toEqual([]);
  });
});
