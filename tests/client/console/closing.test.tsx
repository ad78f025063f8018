import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConsolePage } from '../../../src/client/features/console/console-page';
import type { WorkOrderDetail } from '../../../src/client/lib/work-orders/get-work-order';
import { fakeFetch } from '../fixtures';
import { renderWithProviders } from '../render';
import { detailOf, entity, OPERATOR, registered } from './desk-fakes';
import { bodyOf, EMPTY_LIST, listOf } from './triage-fakes';

let detail: WorkOrderDetail;
let commands: unknown[];

function stub(): void {
  vi.stubGlobal(
    'fetch',
    fakeFetch({
      '/api/work-orders': () => listOf([entity(detail)]),
      '/api/work-orders/wo-1': () => detail,
      '/api/work-orders/wo-1/commands': (_url, init) => {
        const body = bodyOf(init) as { type: string; satisfaction?: WorkOrderDetail['satisfaction'] };
        commands.push(body);
        detail =
          body.type === 'close'
            ? {
                ...detail,
                status: 'closed',
                satisfaction: body.satisfaction ?? null,
                version: detail.version + 1,
                allowedCommands: ['reopen'],
              }
            : {
                ...detail,
                status: 'registered',
                satisfaction: null,
                version: detail.version + 1,
                allowedCommands: ['dispatch'],
              };
        return entity(detail);
      },
      '/api/oversight/supervisions': () => ({ items: [] }),
      '/api/grids': () => EMPTY_LIST,
      '/api/auth/me': () => OPERATOR,
      '/api/stats/work-orders': () => ({ byStatus: {}, total: 1, open: 0, asOfSeq: 10 }),
    }),
  );
}

beforeEach(() => {
  commands = [];
  window.history.replaceState(null, '', '/console?order=wo-1');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('结案 (closing)', () => {
  it('closes a verified order with the satisfaction the citizen gave at the callback', async () => {
    detail = detailOf(registered('wo-1', { status: 'verified', version: 12 }), {
      allowedCommands: ['close'],
    });
    stub();
    renderWithProviders(<ConsolePage />);
    const section = await screen.findByTestId('closing-actions');
    const form = within(section).getByRole('form', { name: '回访' });
    const submit = within(form).getByRole('button', { name: '提交回访并结案' });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(form).getByLabelText('基本满意'));
    fireEvent.click(submit);
    await waitFor(() =>
      expect(commands).toEqual([{ type: 'close', expectedVersion: 12, satisfaction: 'basically_satisfied' }]),
    );
    await waitFor(() =>
      expect(within(screen.getByTestId('order-detail')).getAllByText('已结案').length).toBeGreaterThan(0),
    );
  });

  it('reopens a closed order only with a reason', async () => {
    detail = detailOf(registered('wo-1', { status: 'closed', version: 13, satisfaction: 'dissatisfied' }), {
      allowedCommands: ['reopen'],
    });
    stub();
    renderWithProviders(<ConsolePage />);
    const section = await screen.findByTestId('closing-actions');
    expect(section.textContent).toContain('满意度：不满意');
    fireEvent.click(within(section).getByRole('button', { name: '重新打开' }));
    const form = within(section).getByRole('form', { name: '重新打开' });
    fireEvent.click(within(form).getByRole('button', { name: '确认重新打开' }));
    expect(within(form).getByRole('alert').textContent).toBe('请填写原因');
    fireEvent.change(within(form).getByLabelText('原因'), { target: { value: '群众反映问题复发' } });
    fireEvent.click(within(form).getByRole('button', { name: '确认重新打开' }));
    await waitFor(() =>
      expect(commands).toEqual([{ type: 'reopen', expectedVersion: 13, reason: '群众反映问题复发' }]),
    );
  });

  it('offers no 重新打开 when the server does not allow it (not the centre)', async () => {
    detail = detailOf(registered('wo-1', { status: 'closed' }), { allowedCommands: [] });
    stub();
    renderWithProviders(<ConsolePage />);
    const panel = await screen.findByTestId('order-detail');
    expect(within(panel).queryByTestId('closing-actions')).toBeNull();
    expect(within(panel).queryByRole('button', { name: '重新打开' })).toBeNull();
  });
});
