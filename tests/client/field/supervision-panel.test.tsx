import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SupervisionPanel } from '../../../src/client/features/field/supervision-panel';
import { fakeFetch, makeDetail } from '../fixtures';
import { renderWithProviders } from '../render';

let open: unknown[];
let answers: unknown[];

const supervision = {
  id: 'sv-1',
  orderId: 'wo-1',
  unit: { kind: 'grid', id: 'YT-JC-01' },
  openedAt: '2026-03-02T11:00:00+08:00',
  openedBy: 'system',
  reason: '处置超时，红牌督办',
  answeredAt: null,
  answeredBy: null,
  answer: null,
};

beforeEach(() => {
  open = [supervision];
  answers = [];
  vi.stubGlobal(
    'fetch',
    fakeFetch({
      '/api/oversight/supervisions': (url) => {
        expect(url.searchParams.get('open')).toBe('true');
        return { items: open };
      },
      '/api/oversight/supervisions/sv-1/answer': (_url, init) => {
        answers.push(JSON.parse(String(init?.body)));
        open = [];
        return {
          ...supervision,
          answer: '已处理',
          answeredAt: '2026-03-02T12:00:00+08:00',
          answeredBy: 'u-1',
        };
      },
      '/api/work-orders/wo-1': () => makeDetail({ title: '路边垃圾堆积' }),
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('督办 tab', () => {
  it("shows my unit's open supervisions with their order, and sends an answer", async () => {
    const onOpenOrder = vi.fn();
    renderWithProviders(<SupervisionPanel onOpenOrder={onOpenOrder} />);
    const card = await screen.findByTestId('supervision');
    expect(card.textContent).toContain('处置超时，红牌督办');
    await waitFor(() => expect(card.textContent).toContain('YT-20260301-0001 路边垃圾堆积'));
    fireEvent.click(screen.getByRole('button', { name: '查看工单' }));
    expect(onOpenOrder).toHaveBeenCalledWith('wo-1');

    fireEvent.change(screen.getByRole('textbox', { name: '督办答复' }), { target: { value: ' 已处理 ' } });
    fireEvent.click(screen.getByRole('button', { name: '提交答复' }));
    await screen.findByText('暂无待答复的督办');
    expect(answers).toEqual([{ answer: '已处理' }]);
  });
});
