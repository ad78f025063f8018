import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdminPage } from '../../../src/client/features/admin/admin-page';
import type { OversightSettings } from '../../../src/shared/schemas/oversight';
import { renderWithProviders } from '../render';
import { adminServer, makeView, validationFailed } from './admin-fakes';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const row = (category: string, priority: string): HTMLElement =>
  screen.getByTestId(`rule-${category}-${priority}`);

async function openAsAdmin(
  answers: Parameters<typeof adminServer>[2] = {},
): Promise<ReturnType<typeof adminServer>> {
  const server = adminServer('admin', makeView(), answers);
  vi.stubGlobal('fetch', server.fetch);
  renderWithProviders(<AdminPage />);
  await screen.findByTestId('rule-table');
  // The editor is read-only until the session says this is an administrator.
  await screen.findByRole('button', { name: '保存' });
  return server;
}

function addFloodP2(): void {
  fireEvent.change(screen.getByLabelText('类别'), { target: { value: 'flood' } });
  fireEvent.change(screen.getByLabelText('优先级'), { target: { value: 'P2' } });
  fireEvent.click(screen.getByRole('button', { name: '添加专门规则' }));
}

describe('the rule table (时限规则)', () => {
  it('shows one default row per priority, none of them removable', async () => {
    await openAsAdmin();
    for (const p of ['P1', 'P2', 'P3', 'P4']) {
      expect(within(row('*', p)).getByRole('rowheader').textContent).toBe('全部类别');
      expect(within(row('*', p)).queryByRole('button', { name: /删除/ })).toBeNull();
    }
    expect((screen.getByLabelText('全部类别 P1 签收时限数值') as HTMLInputElement).value).toBe('30');
    expect((screen.getByLabelText('全部类别 P1 签收时限单位') as HTMLSelectElement).value).toBe('minutes');
    expect((screen.getByLabelText('全部类别 P4 处置时限数值') as HTMLInputElement).value).toBe('13');
    expect(
      within(row('*', 'P4'))
        .getAllByRole('option', { selected: true })
        .map((o) => o.textContent),
    ).toEqual(['工作日', '工作时间', '工作日', '工作时间']);
  });

  it('adds an override row from the default of its priority and saves it with PUT', async () => {
    const server = await openAsAdmin();
    addFloodP2();
    expect(within(row('flood', 'P2')).getByRole('rowheader').textContent).toBe('防汛水利');
    expect((screen.getByLabelText('防汛水利 P2 处置时限数值') as HTMLInputElement).value).toBe('1');

    fireEvent.change(screen.getByLabelText('防汛水利 P2 处置时限数值'), { target: { value: '6' } });
    fireEvent.change(screen.getByLabelText('防汛水利 P2 处置时限单位'), { target: { value: 'hours' } });
    fireEvent.change(screen.getByLabelText('防汛水利 P2 处置时限计时方式'), { target: { value: 'natural' } });
    expect(screen.getByText('有未保存的修改')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已保存')).toBeTruthy();
    expect(server.writes).toHaveLength(1);
    const sent = server.writes[0]!;
    expect(sent.method).toBe('PUT');
    const body = sent.body as OversightSettings;
    expect(body.rules.map((r) => `${r.category}/${r.priority}`)).toEqual([
      '*/P1',
      '*/P2',
      '*/P3',
      '*/P4',
      'flood/P2',
    ]);
    expect(body.rules[4]).toEqual({
      category: 'flood',
      priority: 'P2',
      signOff: { amount: 2, unit: 'hours', time: 'working' },
      resolve: { amount: 6, unit: 'hours', time: 'natural' },
    });
    expect(body.workingHours).toEqual([
      { start: '08:30', end: '12:00' },
      { start: '13:30', end: '17:30' },
    ]);
    expect(body.escalateAfterWorkingDays).toBe(2);
    // The saved values are shown as the server answered them, and nothing is left to save.
    expect((screen.getByLabelText('防汛水利 P2 处置时限数值') as HTMLInputElement).value).toBe('6');
    expect(screen.getByRole('button', { name: '保存' }).hasAttribute('disabled')).toBe(true);
  });

  it('shows the field errors of a 400 next to the field', async () => {
    await openAsAdmin({
      onPut: () => validationFailed({ 'rules.4.resolve.amount': 'longer than the default row allows' }),
    });
    addFloodP2();
    fireEvent.change(screen.getByLabelText('防汛水利 P2 处置时限数值'), { target: { value: '99' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    const message = await within(row('flood', 'P2')).findByText('longer than the default row allows');
    const amount = screen.getByLabelText('防汛水利 P2 处置时限数值');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(amount.getAttribute('aria-describedby')).toBe(message.id);
    expect(screen.getByRole('alert').textContent).toContain('保存失败');
    expect(screen.queryByText('已保存')).toBeNull();
  });

  it('refuses overlapping working hours and a bad amount before anything is sent', async () => {
    const server = await openAsAdmin();
    fireEvent.change(screen.getByLabelText('第 2 段开始时间'), { target: { value: '11:30' } });
    fireEvent.change(screen.getByLabelText('全部类别 P3 签收时限数值'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('时段须按先后顺序且不能重叠')).toBeTruthy();
    expect(within(row('*', 'P3')).getByText('请输入正整数')).toBeTruthy();
    expect(screen.getByText('请先更正标红的字段')).toBeTruthy();
    expect(server.writes).toEqual([]);

    fireEvent.change(screen.getByLabelText('第 2 段开始时间'), { target: { value: '13:00' } });
    fireEvent.change(screen.getByLabelText('全部类别 P3 签收时限数值'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(server.writes).toHaveLength(1));
    expect((server.writes[0]!.body as OversightSettings).workingHours[1]).toEqual({
      start: '13:00',
      end: '17:30',
    });
  });

  it('removes an override row but never a default one', async () => {
    const server = await openAsAdmin();
    addFloodP2();
    fireEvent.click(screen.getByRole('button', { name: '删除 防汛水利 P2 的规则' }));
    expect(screen.queryByTestId('rule-flood-P2')).toBeNull();
    expect(screen.queryByRole('button', { name: /删除 全部类别/ })).toBeNull();
    expect(server.writes).toEqual([]);
  });
});
