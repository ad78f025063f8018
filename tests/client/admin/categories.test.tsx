import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdminPage } from '../../../src/client/features/admin/admin-page';
import { useCategoryNames } from '../../../src/client/lib/triage/get-categories';
import { authKeys } from '../../../src/client/lib/auth';
import { CATEGORIES } from '../../../src/server/seed/categories';
import { DEPARTMENT_UNITS } from '../../../src/server/seed/departments';
import { categoryEdit } from '../../../src/shared/schemas/town';
import type { Category } from '../../../src/shared/schemas/town';
import type { Role } from '../../../src/shared/schemas/user';
import { json } from '../fixtures';
import { renderWithProviders } from '../render';
import { adminServer, makeView, validationFailed, type Recorded } from './admin-fakes';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const departments = DEPARTMENT_UNITS.map((d) => ({ ...d, villageIds: [] }));

/**
 * The admin screen's server plus the category list and PUT /api/admin/categories/:code, answered by
 * `onPut` or, by default, with the edit applied (checked against the shared contract, as the route does).
 */
function categoryServer(
  role: Role,
  onPut?: (body: unknown) => Response,
): { writes: Recorded[]; listFetches: () => number } {
  let list: Category[] = CATEGORIES.map((c) => ({ ...c, examples: [...c.examples] }));
  const base = adminServer(role, makeView());
  const writes: Recorded[] = [];
  let fetches = 0;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input.toString(), 'http://localhost');
    if (url.pathname === '/api/categories' && url.searchParams.get('limit') !== '1') {
      fetches += 1;
      return json({ items: list, total: list.length });
    }
    if (url.pathname === '/api/departments' && url.searchParams.get('limit') !== '1')
      return json({ items: departments, total: departments.length });
    if (url.pathname.startsWith('/api/admin/categories/') && init?.method === 'PUT') {
      const body: unknown = JSON.parse(String(init.body));
      writes.push({ method: 'PUT', path: url.pathname, body });
      if (onPut) return onPut(body);
      const code = url.pathname.split('/').at(-1);
      const saved = { code, ...categoryEdit.parse(body) } as Category;
      list = list.map((c) => (c.code === code ? saved : c));
      return json(saved);
    }
    return base.fetch(input, init);
  });
  return { writes, listFetches: () => fetches };
}

/** Another screen naming categories from the same query (as the console's order list does). */
function NameProbe(): ReactElement {
  return <p data-testid="probe">{useCategoryNames().get('sanitation') ?? ''}</p>;
}

const row = (code: string): HTMLElement => screen.getByTestId(`category-${code}`);

describe('the categories (事件类别) on /admin', () => {
  it('lists the 13 categories with code, name, examples, default unit and department by name', async () => {
    categoryServer('admin');
    renderWithProviders(<AdminPage />);
    await screen.findByTestId('categories');
    await waitFor(() => expect(row('city_order').textContent).toContain('综合执法局'));
    expect(within(screen.getByTestId('categories')).getAllByRole('row')).toHaveLength(14);
    const cells = within(row('sanitation'))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 5)).toEqual([
      'sanitation',
      '环境卫生',
      '垃圾堆积、污水外溢、公厕',
      '网格员（网格团队），必要时转环卫',
      '无（由网格处置）',
    ]);
    expect(row('public_order').textContent).toContain('派出所');
  });

  it('saves an edit with the PUT and every screen shows the new name', async () => {
    const server = categoryServer('admin');
    renderWithProviders(
      <>
        <AdminPage />
        <NameProbe />
      </>,
    );
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('环境卫生'));
    await waitFor(() => expect(row('city_order').textContent).toContain('综合执法局'));
    const before = server.listFetches();

    fireEvent.click(screen.getByRole('button', { name: '编辑 环境卫生' }));
    const form = screen.getByRole('form', { name: '编辑类别 sanitation' });
    fireEvent.change(within(form).getByLabelText('名称'), { target: { value: ' 环境整治 ' } });
    fireEvent.change(within(form).getByLabelText('举例'), {
      target: { value: '垃圾堆积，违规焚烧、 ,河道保洁' },
    });
    fireEvent.change(within(form).getByLabelText('默认承办单位'), { target: { value: '环卫所' } });
    fireEvent.change(within(form).getByLabelText('默认派遣部门'), { target: { value: 'planning_env' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已保存 环境整治')).toBeTruthy();
    expect(server.writes).toEqual([
      {
        method: 'PUT',
        path: '/api/admin/categories/sanitation',
        body: {
          name: '环境整治',
          examples: ['垃圾堆积', '违规焚烧', '河道保洁'],
          defaultUnit: '环卫所',
          defaultDepartmentId: 'planning_env',
        },
      },
    ]);
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('环境整治'));
    expect(server.listFetches()).toBeGreaterThan(before);
    expect(row('sanitation').textContent).toContain('规划建设和环境保护局');
    expect(row('sanitation').textContent).toContain('垃圾堆积、违规焚烧、河道保洁');
    expect(screen.queryByRole('form', { name: '编辑类别 sanitation' })).toBeNull();
  });

  it("shows the server's 400 field errors next to the fields and keeps the draft", async () => {
    const server = categoryServer('admin', () =>
      validationFailed({
        name: 'String must contain at most 20 character(s)',
        'examples.1': 'String must contain at least 1 character(s)',
        defaultDepartmentId: 'no department gone',
      }),
    );
    renderWithProviders(<AdminPage />);
    await waitFor(() => expect(row('city_order').textContent).toContain('综合执法局'));

    fireEvent.click(screen.getByRole('button', { name: '编辑 市容秩序' }));
    const form = screen.getByRole('form', { name: '编辑类别 city_order' });
    const name = within(form).getByLabelText('名称');
    fireEvent.change(name, { target: { value: '一'.repeat(21) } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));

    const message = await within(form).findByText('String must contain at most 20 character(s)');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toBe(message.id);
    expect(within(form).getByText('examples.1: String must contain at least 1 character(s)')).toBeTruthy();
    expect(within(form).getByText('no department gone')).toBeTruthy();
    expect(within(form).getByLabelText('默认承办单位').getAttribute('aria-invalid')).toBeNull();
    expect(within(form).getByRole('alert').textContent).toContain('保存失败');
    expect((name as HTMLInputElement).value).toBe('一'.repeat(21));
    expect(server.writes).toHaveLength(1);
    expect(row('city_order').textContent).toContain('市容秩序');
  });

  for (const role of ['operator', 'leader'] as const) {
    it(`is read-only for the ${role}`, async () => {
      categoryServer(role);
      const { queryClient } = renderWithProviders(<AdminPage />);
      await waitFor(() => expect(queryClient.getQueryState(authKeys.me)?.status).toBe('success'));
      await waitFor(() => expect(row('city_order').textContent).toContain('综合执法局'));
      expect(screen.queryByRole('button', { name: /^编辑/ })).toBeNull();
      expect(within(screen.getByTestId('categories')).queryAllByRole('textbox')).toEqual([]);
      expect(within(row('sanitation')).getAllByRole('cell')).toHaveLength(5);
    });
  }
});
