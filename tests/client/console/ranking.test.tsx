import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConsolePage } from '../../../src/client/features/console/console-page';
import type { UnitScore } from '../../../src/client/lib/evaluation/get-evaluation';
import { fakeFetch } from '../fixtures';
import { renderWithProviders } from '../render';
import { DEPARTMENTS } from './desk-fakes';

function score(id: string, overrides: Partial<UnitScore>): UnitScore {
  return {
    unit: { kind: 'grid', id },
    received: 10,
    signOffOnTime: { onTime: 8, total: 10, rate: 0.8 },
    resolveOnTime: { onTime: 2, total: 3, rate: 2 / 3 },
    resolved: 3,
    avgHandlingHours: 5.25,
    reworkRate: { reworked: 1, resolved: 8, rate: 0.125 },
    satisfaction: { satisfied: 1, basic: 1, dissatisfied: 0, rate: 0.75 },
    cards: { yellow: 2, red: 1 },
    supervisions: { opened: 1, unanswered: 1 },
    notices: 0,
    score: 70.5,
    rank: 2,
    ...overrides,
  };
}

const GRIDS = {
  items: [
    {
      grid_id: 'YT-JC-01',
      type: 'basic',
      name: '集场一网格',
      village_id: 'V01',
      village: '集场村',
      subtype: null,
      area_km2: 1,
      synthetic: false,
      geometry: { type: 'Polygon', coordinates: [] },
    },
    {
      grid_id: 'YT-JC-02',
      type: 'basic',
      name: '集场二网格',
      village_id: 'V01',
      village: '集场村',
      subtype: null,
      area_km2: 1,
      synthetic: false,
      geometry: { type: 'Polygon', coordinates: [] },
    },
  ],
  total: 2,
};

let fetchMock: ReturnType<typeof fakeFetch>;

beforeEach(() => {
  fetchMock = fakeFetch({
    '/api/evaluation': (url) => ({
      period: { from: '2026-03-02T00:00:00+08:00', to: '2026-03-09T00:00:00+08:00' },
      items:
        url.searchParams.get('unitKind') === 'department'
          ? [score('safety', { unit: { kind: 'department', id: 'safety' }, rank: 1 })]
          : [
              score('YT-JC-01', { rank: 1, score: 88, signOffOnTime: { onTime: 1, total: 1, rate: 1 } }),
              score('YT-JC-02', {}),
              score('YT-XX-99', {
                rank: null,
                score: null,
                signOffOnTime: { onTime: 0, total: 0, rate: null },
              }),
            ],
    }),
    '/api/grids': () => GRIDS,
    '/api/departments': () => DEPARTMENTS,
    '/api/stats/work-orders': () => ({ byStatus: {}, total: 0, open: 0, asOfSeq: 10 }),
  });
  vi.stubGlobal('fetch', fetchMock);
  window.history.replaceState(null, '', '/console?tab=ranking');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

function column(table: HTMLElement, name: string): string[] {
  const index = within(table)
    .getAllByRole('columnheader')
    .findIndex((h) => h.textContent === name);
  return within(table)
    .getAllByTestId('ranking-row')
    .map((row) => row.querySelectorAll('td')[index]?.textContent ?? '');
}

describe('绩效排名 (ranking)', () => {
  it('shows the units by name with their rates as percentages, ranked', async () => {
    renderWithProviders(<ConsolePage />);
    const table = await screen.findByTestId('ranking-table');
    const query = fetchMock.calls.find((u) => u.pathname === '/api/evaluation');
    expect(query?.searchParams.get('unitKind')).toBe('grid');
    expect(query?.searchParams.get('period')).toBe('week');
    expect(query?.searchParams.get('anchor')).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    await waitFor(() => expect(column(table, '单位')).toEqual(['集场一网格', '集场二网格', 'YT-XX-99']));
    expect(column(table, '排名')).toEqual(['1', '2', '—']);
    expect(column(table, '按时签收率')).toEqual(['100%', '80%', '—']);
    expect(column(table, '按时处置率')).toEqual(['66.7%', '66.7%', '66.7%']);
    expect(column(table, '返工率')[0]).toBe('12.5%');
    expect(column(table, '满意度')[0]).toBe('75%');
    expect(column(table, '平均处置时长(小时)')[0]).toBe('5.3');
    expect(screen.getByText('统计区间：2026-03-02 00:00 至 2026-03-09 00:00')).toBeTruthy();
  });

  it('sorts by a column when its heading is clicked, without a value last', async () => {
    renderWithProviders(<ConsolePage />);
    const table = await screen.findByTestId('ranking-table');
    fireEvent.click(within(table).getByRole('button', { name: '按时签收率' }));
    expect(column(table, '按时签收率')).toEqual(['100%', '80%', '—']);
    fireEvent.click(within(table).getByRole('button', { name: '按时签收率' }));
    expect(column(table, '按时签收率')).toEqual(['80%', '100%', '—']);
    expect(within(table).getByRole('columnheader', { name: '按时签收率' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });

  it('asks for the chosen unit kind and a custom period, and the CSV link carries the same query', async () => {
    renderWithProviders(<ConsolePage />);
    await screen.findByTestId('ranking-table');
    fireEvent.change(screen.getByLabelText('考核对象'), { target: { value: 'department' } });
    fireEvent.change(screen.getByLabelText('统计周期'), { target: { value: 'custom' } });
    fireEvent.change(screen.getByLabelText('开始日期'), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText('结束日期'), { target: { value: '2026-03-31' } });

    await waitFor(() => expect(column(screen.getByTestId('ranking-table'), '单位')).toEqual(['应急管理办']));
    const last = fetchMock.calls.filter((u) => u.pathname === '/api/evaluation').at(-1);
    expect(Object.fromEntries(last?.searchParams ?? [])).toEqual({
      unitKind: 'department',
      period: 'custom',
      from: '2026-03-01T00:00:00+08:00',
      to: '2026-04-01T00:00:00+08:00',
    });
    const href = screen.getByTestId('ranking-csv').getAttribute('href') ?? '';
    const csv = new URL(href, 'http://localhost');
    expect(csv.pathname).toBe('/api/evaluation.csv');
    expect(Object.fromEntries(csv.searchParams)).toEqual({
      unitKind: 'department',
      period: 'custom',
      from: '2026-03-01T00:00:00+08:00',
      to: '2026-04-01T00:00:00+08:00',
      lang: 'zh-CN',
    });
  });

  it('links the CSV in the screen language', async () => {
    cleanup();
    renderWithProviders(<ConsolePage />, 'en');
    const link = await screen.findByTestId('ranking-csv');
    const csv = new URL(link.getAttribute('href') ?? '', 'http://localhost');
    expect(csv.searchParams.get('lang')).toBe('en');
    expect(csv.searchParams.get('period')).toBe('week');
    expect(csv.searchParams.get('anchor')).toMatch(/^\d{4}-/);
  });
});
