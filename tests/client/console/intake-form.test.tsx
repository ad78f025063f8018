import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConsolePage } from '../../../src/client/features/console/console-page';
import { fakeFetch, json, makeOrder } from '../fixtures';
import { renderWithProviders } from '../render';
import { CATEGORIES, EMPTY_LIST, bodyOf, headerOf, listOf } from './triage-fakes';

let fetchMock: ReturnType<typeof fakeFetch>;
let suggestBodies: unknown[];
let created: { body: unknown; key: string | undefined }[];
let createAnswer: () => Response;

const EARLIER = makeOrder({
  id: 'wo-9',
  number: 'YT-20260228-0042',
  title: '楼道堆放杂物',
  status: 'closed',
  reporter: { name: '张三', phone: '13800001111' },
});

function stub(): void {
  fetchMock = fakeFetch({
    '/api/categories': () => CATEGORIES,
    '/api/grids': () => EMPTY_LIST,
    '/api/stats/work-orders': () => ({ byStatus: { new: 3 }, total: 3, open: 3, asOfSeq: 10 }),
    '/api/triage/suggest': (_url, init) => {
      suggestBodies.push(bodyOf(init));
      return { category: 'sanitation', priority: 'P2', confidence: 0.823, keywords: ['垃圾', '堆积'] };
    },
    '/api/work-orders': (url, init) => {
      if (init?.method === 'POST') {
        created.push({ body: bodyOf(init), key: headerOf(init, 'Idempotency-Key') });
        return createAnswer();
      }
      return listOf(url.searchParams.get('q') === '13800001111' ? [EARLIER] : []);
    },
    '/api/gazetteer': (url) => ({
      items: (url.searchParams.get('q') ?? '').includes('李')
        ? [
            {
              kind: 'village',
              name: '李庄村',
              label: '杨屯镇李庄村',
              lat: 34.7512,
              lng: 116.7021,
              villageId: 'V03',
            },
          ]
        : [],
    }),
  });
  vi.stubGlobal('fetch', fetchMock);
}

beforeEach(() => {
  window.history.replaceState(null, '', '/console?tab=intake');
  suggestBodies = [];
  created = [];
  createAnswer = () => json(makeOrder({ id: 'wo-new', number: 'YT-20260301-0107' }), 201);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

function form(): HTMLElement {
  return screen.getByRole('form', { name: '受理登记' });
}

describe('intake (受理登记)', () => {
  it('suggests a grading from the description, and 采用 fills the selects', async () => {
    stub();
    renderWithProviders(<ConsolePage />);
    const description = within(form()).getByLabelText('事件描述');
    fireEvent.change(description, { target: { value: '路边垃圾' } });
    fireEvent.change(description, { target: { value: '路边垃圾堆积好几天了，气味很大' } });

    const category = await screen.findByTestId('suggested-category', {}, { timeout: 2000 });
    await waitFor(() => expect(category.textContent).toBe('环境卫生'));
    const card = screen.getByRole('region', { name: '智能分类建议' });
    expect(within(card).getByText('P2 较急')).toBeTruthy();
    expect(within(card).getByText('82%')).toBeTruthy();
    expect([...card.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['垃圾', '堆积']);
    // Debounced: the half-typed text was never sent.
    expect(suggestBodies).toEqual([{ description: '路边垃圾堆积好几天了，气味很大' }]);

    fireEvent.click(within(card).getByRole('button', { name: '采用' }));
    expect((within(form()).getByLabelText('事件类别') as HTMLSelectElement).value).toBe('sanitation');
    expect((within(form()).getByLabelText('优先级') as HTMLSelectElement).value).toBe('P2');
    expect(within(card).getByRole('button', { name: '已采用' })).toBeTruthy();
  });

  it('shows the caller history with 重复来电 when the number has an earlier order', async () => {
    stub();
    renderWithProviders(<ConsolePage />);
    const phone = within(form()).getByLabelText('联系电话');
    fireEvent.change(phone, { target: { value: '138 0000 1111' } });

    const history = await screen.findByTestId('caller-history');
    expect(within(history).getByText('YT-20260228-0042')).toBeTruthy();
    expect(within(history).getByText('楼道堆放杂物')).toBeTruthy();
    expect(within(history).getByText('已结案')).toBeTruthy();
    expect(screen.getByText('重复来电')).toBeTruthy();
    const lookup = fetchMock.calls.find((u) => u.pathname === '/api/work-orders');
    expect(lookup?.searchParams.get('q')).toBe('13800001111');
  });

  it('shows no 重复来电 for a new number, looked up when the field is left', async () => {
    stub();
    renderWithProviders(<ConsolePage />);
    const phone = within(form()).getByLabelText('联系电话');
    fireEvent.change(phone, { target: { value: '0516-8988 1234' } });
    expect(fetchMock.calls.some((u) => u.pathname === '/api/work-orders')).toBe(false);
    fireEvent.blur(phone);
    expect(await screen.findByText('该号码暂无历史工单')).toBeTruthy();
    expect(screen.queryByText('重复来电')).toBeNull();
  });

  it('sends the order with an Idempotency-Key and shows the 400 field error next to its field', async () => {
    stub();
    createAnswer = () =>
      json(
        {
          error: {
            code: 'validation_failed',
            message: 'title: too long',
            fields: { title: 'Too big: expected string to have <=200 characters' },
          },
        },
        400,
      );
    renderWithProviders(<ConsolePage />);
    const f = form();
    fireEvent.change(within(f).getByLabelText('来源'), { target: { value: 'leader' } });
    fireEvent.change(within(f).getByLabelText('联系电话'), { target: { value: '13800002222' } });
    fireEvent.change(within(f).getByLabelText('标题'), { target: { value: '李庄村路口积水' } });
    const address = within(f).getByRole('combobox', { name: '地址' });
    fireEvent.change(address, { target: { value: '李庄' } });
    const option = await screen.findByRole('option', { name: /杨屯镇李庄村/ }, { timeout: 2000 });
    fireEvent.mouseDown(option);
    expect((within(f).getByLabelText('纬度') as HTMLInputElement).value).toBe('34.7512');

    fireEvent.click(within(f).getByRole('button', { name: '提交受理' }));
    const error = await within(f).findByText('填写有误：Too big: expected string to have <=200 characters');
    expect(error.closest('.field')?.querySelector('label')?.textContent).toBe('标题');
    expect(within(f).getByRole('alert').textContent).toContain('请修正标注的项目');
    expect(within(f).getByLabelText('标题').getAttribute('aria-invalid')).toBe('true');
    expect(created).toHaveLength(1);
    expect(created[0]?.body).toEqual({
      source: 'leader',
      title: '李庄村路口积水',
      description: '',
      location: { lat: 34.7512, lng: 116.7021 },
      address: '杨屯镇李庄村',
      reporter: { phone: '13800002222' },
    });
    expect(created[0]?.key).toMatch(/^[0-9a-f-]{36}$/);

    // Sending the same thing again is the same intent: same key.
    fireEvent.click(within(f).getByRole('button', { name: '提交受理' }));
    await waitFor(() => expect(created).toHaveLength(2));
    expect(created[1]?.key).toBe(created[0]?.key);
  });

  it('blocks a submit without a location, then offers 立即立案 for the created order', async () => {
    stub();
    renderWithProviders(<ConsolePage />);
    const f = form();
    fireEvent.change(within(f).getByLabelText('标题'), { target: { value: '噪音扰民' } });
    fireEvent.click(within(f).getByRole('button', { name: '提交受理' }));
    expect(within(f).getByText('请选择地址建议或填写经纬度')).toBeTruthy();
    expect(created).toHaveLength(0);

    fireEvent.change(within(f).getByLabelText('纬度'), { target: { value: '34.76' } });
    fireEvent.change(within(f).getByLabelText('经度'), { target: { value: '116.71' } });
    fireEvent.click(within(f).getByRole('button', { name: '提交受理' }));
    expect(await within(f).findByText('已受理，工单编号 YT-20260301-0107')).toBeTruthy();
    expect((within(f).getByLabelText('标题') as HTMLInputElement).value).toBe('');

    fireEvent.click(within(f).getByRole('button', { name: '立即立案' }));
    const params = new URLSearchParams(window.location.search);
    expect(params.get('tab')).toBe('triage');
    expect(params.get('triage')).toBe('wo-new');
  });
});
