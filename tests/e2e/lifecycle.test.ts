import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkOrder, WorkOrderStatus } from '../../src/shared/schemas/work-order';
import { launchChromium } from '../helpers/browser';
import { DEMO_PASSWORD, login, startTestServer, type Session, type TestServer } from '../helpers/test-server';

/**
 * 受理 → 立案 → 派遣 → 签收 → 处置 → 核查 → 结案, through the screens, each step by the right demo
 * user: `operator` at /console, `gridworker` or `handler` at /field (a phone), `inspector` at /field,
 * `operator` again; a leader's /console follows every change live, without a reload.
 */
const OUT = join(import.meta.dirname, '..', '..', 'test-results');
const GRID_POINT = { lat: 34.8809, lng: 116.85527 }; // basic grid YT-JC-01
const PHONE = { width: 390, height: 844 };

let t: TestServer;
let browser: Browser;
let api: Session;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  t = await startTestServer({}, { serveClient: true });
  browser = await launchChromium();
  api = await login(t.baseUrl, 'operator');
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await t?.stop();
});

async function pageAs(
  username: string,
  path: string,
  viewport = { width: 1920, height: 1080 },
  extra: Parameters<Browser['newContext']>[0] = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', ...extra });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${username}: ${e.message}`));
  await page.goto(`${t.baseUrl}/login?next=${encodeURIComponent(path)}`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page
    .locator('[data-testid="connection-banner"][data-state="connected"]')
    .waitFor({ timeout: 15_000 });
  return page;
}

async function order(id: string): Promise<WorkOrder> {
  return (await api.request('GET', `/api/work-orders/${id}`)).body as WorkOrder;
}

async function findByTitle(title: string): Promise<WorkOrder> {
  const res = await api.request('GET', `/api/work-orders?q=${encodeURIComponent(title)}`);
  const found = (res.body as { items: WorkOrder[] }).items.find((o) => o.title === title);
  if (!found) throw new Error(`no order titled ${title}`);
  return found;
}

/** The watcher's open order shows this status, arrived over the socket. */
async function watcherShows(watcher: Page, status: WorkOrderStatus): Promise<void> {
  await watcher
    .locator(`[data-testid="order-detail"] .detail__header .status-badge--${status}`)
    .waitFor({ timeout: 10_000 });
}

async function fieldAct(page: Page, id: string, buttons: string[]): Promise<void> {
  await page.goto(`${t.baseUrl}/field?order=${id}`);
  for (const name of buttons) {
    const button = page.locator('.field-actions__buttons').getByRole('button', { name, exact: true });
    await button.waitFor({ timeout: 10_000 });
    await button.click();
    if (name === '处置回单') {
      await page.getByLabel('处置情况').fill('已到现场处理完毕，现场已恢复整洁。');
      await page.getByRole('button', { name: '提交', exact: true }).click();
    }
    await page.getByRole('status').filter({ hasText: '已提交' }).waitFor({ timeout: 10_000 });
  }
}

async function register(operator: Page, id: string): Promise<void> {
  await operator.goto(`${t.baseUrl}/console?tab=triage&triage=${id}`);
  await operator
    .locator('[data-testid="triage-detail"]')
    .getByRole('button', { name: '立案', exact: true })
    .click();
  await operator.getByRole('button', { name: '确认立案' }).click();
}

async function dispatch(operator: Page, id: string, option?: string): Promise<void> {
  await operator.goto(`${t.baseUrl}/console?order=${id}`);
  const panel = operator.locator('[data-testid="dispatch-panel"]');
  await panel.locator('[data-testid="dispatch-option"]').first().waitFor({ timeout: 10_000 });
  if (option) await panel.locator('[data-testid="dispatch-option"]', { hasText: option }).first().click();
  await panel.getByRole('button', { name: '确认派遣' }).click();
}

async function closeWithCallback(operator: Page, id: string): Promise<void> {
  await operator.goto(`${t.baseUrl}/console?order=${id}`);
  const closing = operator.locator('[data-testid="closing-actions"]');
  await closing.getByLabel('满意', { exact: true }).check();
  await closing.getByRole('button', { name: '提交回访并结案' }).click();
}

describe('a work order through its whole life, on the screens', () => {
  it('phone call (operator → grid worker → inspector → operator) and grid report (grid worker → squad handler)', async () => {
    const watcher = await pageAs('leader', '/console');
    const operator = await pageAs('operator', '/console?tab=intake');

    // 1. A call taken at the console (source phone).
    const callTitle = `楼道垃圾堆积-${Date.now()}`;
    await operator.getByLabel('来电人姓名').fill('王先生');
    await operator.getByLabel('联系电话').fill('13912345678');
    await operator.getByLabel('纬度').fill(String(GRID_POINT.lat));
    await operator.getByLabel('经度').fill(String(GRID_POINT.lng));
    await operator.getByLabel('标题').fill(callTitle);
    await operator.getByLabel('事件描述').fill('三号楼楼道里堆满了垃圾和杂物，好几天没人清理，气味很大。');
    await operator.getByLabel('事件类别').selectOption('sanitation');
    await operator.getByLabel('优先级').selectOption('P3');
    await operator.getByRole('button', { name: '提交受理' }).click();
    await operator.getByText('已受理，工单编号').waitFor({ timeout: 10_000 });
    const call = await findByTitle(callTitle);
    expect(call).toMatchObject({ source: 'phone', status: 'new', gridId: 'YT-JC-01' });

    // The leader opens it from the live list: no reload from here on.
    await watcher.locator('[data-testid="order-row"]', { hasText: callTitle }).click();
    await watcherShows(watcher, 'new');

    await register(operator, call.id);
    await watcherShows(watcher, 'registered');
    expect((await order(call.id)).deadlines.signOff).not.toBeNull();
    await dispatch(operator, call.id);
    await watcherShows(watcher, 'dispatched');
    expect((await order(call.id)).assignee).toEqual({ kind: 'staff', id: 'S-YT-JC-01-grid_worker' });

    const gridworker = await pageAs('gridworker', '/field', PHONE);
    await fieldAct(gridworker, call.id, ['签收']);
    await watcherShows(watcher, 'accepted');
    await fieldAct(gridworker, call.id, ['开始处置']);
    await watcherShows(watcher, 'in_progress');
    await fieldAct(gridworker, call.id, ['处置回单']);
    await watcherShows(watcher, 'resolved');

    const inspector = await pageAs('inspector', '/field', PHONE);
    await fieldAct(inspector, call.id, ['核查通过']);
    await watcherShows(watcher, 'verified');
    await closeWithCallback(operator, call.id);
    await watcherShows(watcher, 'closed');
    expect(await order(call.id)).toMatchObject({ status: 'closed', satisfaction: 'satisfied' });
    await watcher.screenshot({ path: join(OUT, 'lifecycle-watcher-1920x1080.png') });

    // 2. A grid worker's report from the phone (source grid_report), handled by the squad.
    const reportTitle = `门店占道经营-${Date.now()}`;
    const reporter = await pageAs('gridworker', '/field?tab=report', PHONE, {
      geolocation: { latitude: GRID_POINT.lat, longitude: GRID_POINT.lng, accuracy: 10 },
      permissions: ['geolocation'],
    });
    await reporter.getByRole('button', { name: '获取当前位置' }).click();
    await reporter.locator('form.field-report').getByLabel('标题').fill(reportTitle);
    await reporter
      .locator('form.field-report')
      .getByLabel('描述')
      .fill('沿街门店把货架摆到人行道上，行人只能走机动车道。');
    await reporter.getByRole('button', { name: '提交上报' }).click();
    await reporter.getByText('已上报，等待指挥中心受理').waitFor({ timeout: 10_000 });
    const report = await findByTitle(reportTitle);
    expect(report).toMatchObject({ source: 'grid_report', status: 'new', gridId: 'YT-JC-01' });
    await reporter.screenshot({ path: join(OUT, 'field-report-390x844.png') });

    await watcher.locator('[data-testid="order-row"]', { hasText: reportTitle }).click();
    await watcherShows(watcher, 'new');
    await register(operator, report.id);
    await watcherShows(watcher, 'registered');
    expect((await order(report.id)).category).toBe('city_order');
    await dispatch(operator, report.id, '第一中队');
    await watcherShows(watcher, 'dispatched');
    expect((await order(report.id)).assignee).toEqual({ kind: 'squad', id: 'enf_1' });

    const handler = await pageAs('handler', '/field', PHONE);
    await fieldAct(handler, report.id, ['签收', '开始处置', '处置回单']);
    await watcherShows(watcher, 'resolved');
    await fieldAct(inspector, report.id, ['核查通过']);
    await watcherShows(watcher, 'verified');
    await closeWithCallback(operator, report.id);
    await watcherShows(watcher, 'closed');

    // The watcher never reloaded: one navigation since it logged in.
    expect(await watcher.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    const timeline = (
      (await api.request('GET', `/api/work-orders/${report.id}`)).body as {
        timeline: { action: string; actor: { username: string } }[];
      }
    ).timeline.map((e) => `${e.action}:${e.actor.username}`);
    expect(timeline).toEqual([
      'create:gridworker',
      'register:operator',
      'dispatch:operator',
      'accept:handler',
      'start:handler',
      'resolve:handler',
      'verify_pass:inspector',
      'close:operator',
    ]);
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
