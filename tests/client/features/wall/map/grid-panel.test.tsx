import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GridPanel } from '../../../../../src/client/features/wall/map/grid-panel';
import { buildGridPanel } from '../../../../../src/client/features/wall/map/grid-panel-model';
import { renderWithProviders } from '../../../render';
import { makeCameras, makeMarker, makeStaff, realGrids } from './wall-map-fakes';

afterEach(cleanup);

const grid = realGrids()[0]!;
const staff = makeStaff([grid], 14);
const markers = Array.from({ length: 13 }, (_, i) =>
  makeMarker(i + 1, { gridId: grid.grid_id, overdue: i === 12, priority: i === 12 ? 'P3' : 'P2' }),
);
const cameras = makeCameras([grid], 5).map((c, i) => ({
  ...c,
  status: i === 0 ? ('alerting' as const) : ('online' as const),
  name: `Gate ${i}`,
}));
const row = { gridId: grid.grid_id, open: 13, overdue: 1, redCards: 2, onTimeRate: 0.75 };

function renderPanel(locale: 'zh-CN' | 'en' = 'zh-CN', onClose = vi.fn()) {
  const model = buildGridPanel(grid.grid_id, { staff, markers, cameras });
  renderWithProviders(<GridPanel grid={grid} row={row} model={model} onClose={onClose} />, locale);
  return { onClose, panel: screen.getByTestId('grid-panel') };
}

describe('grid panel', () => {
  it('names the grid and its village and shows its measures', () => {
    const { panel } = renderPanel();
    expect(panel.dataset.gridId).toBe(grid.grid_id);
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(grid.name);
    expect(panel.textContent).toContain(`所属村（社区）：${grid.village}`);
    expect(panel.textContent).toContain('基础网格');
    expect(panel.textContent).toContain('75%');
  });

  it('groups the staff on duty by 一长六员 role', () => {
    renderPanel();
    const section = screen.getByTestId('grid-panel-staff');
    const onDuty = staff.filter((s) => s.onDuty);
    expect(section.textContent).toContain(`在岗人员（一长六员） ${onDuty.length}/${staff.length}`);
    const leader = section.querySelector('[data-role="grid_leader"]') as HTMLElement;
    expect(leader.textContent).toContain('网格长');
    const leaders = onDuty.filter((s) => s.role === 'grid_leader').map((s) => s.name);
    for (const name of leaders) expect(leader.textContent).toContain(name);
    // Off-duty staff are not listed.
    for (const off of staff.filter((s) => !s.onDuty)) expect(section.textContent).not.toContain(off.name);
  });

  it('lists ten open orders, overdue first and flagged, and counts the rest', () => {
    renderPanel();
    const section = screen.getByTestId('grid-panel-orders');
    const rows = within(section).getAllByTestId('grid-panel-order');
    expect(rows).toHaveLength(10);
    expect(rows[0]!.dataset.overdue).toBe('true');
    expect(rows[0]!.textContent).toContain('YT-20260301-0013');
    expect(rows[0]!.textContent).toContain('超时');
    expect(rows[0]!.textContent).toContain('P3 一般');
    expect(section.textContent).toContain('在办工单 13');
    expect(section.textContent).toContain('另有 3 条');
  });

  it('counts the grid’s cameras by status and names the alerting one', () => {
    renderPanel();
    const section = screen.getByTestId('grid-panel-cameras');
    expect(section.querySelector('[data-status="online"]')?.textContent).toBe('在线 4');
    expect(section.querySelector('[data-status="alerting"]')?.textContent).toBe('告警 1');
    expect(section.textContent).toContain('告警：Gate 0');
  });

  it('closes from its button, in English too', () => {
    const { onClose } = renderPanel('en');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('grid-panel-orders').textContent).toContain('3 more');
  });
});
