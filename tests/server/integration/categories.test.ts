import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/server/config';
import { startServer, type RunningServer } from '../../../src/server/server';
import type { Category } from '../../../src/shared/schemas/town';
import { api, DEMO_PASSWORD, login, type Session } from '../../helpers/test-server';

const dataDir = mkdtempSync(join(tmpdir(), 'gc-categories-'));
const start = (): Promise<RunningServer> =>
  startServer(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_PASSWORD,
      SIMULATOR: 'off',
      LOG_LEVEL: 'silent',
    }),
    { serveClient: false, oversight: 'manual' },
  );

let server: RunningServer;
let admin: Session;
let operator: Session;

beforeAll(async () => {
  server = await start();
  [admin, operator] = await Promise.all([login(server.url, 'admin'), login(server.url, 'operator')]);
});
afterAll(async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const edit = {
  name: '环境整治',
  examples: ['垃圾堆积', '违规焚烧'],
  defaultUnit: '环卫所',
  defaultDepartmentId: 'planning_env',
};

async function categories(who: Session): Promise<Category[]> {
  const res = await who.request('GET', '/api/categories?limit=100');
  expect(res.status).toBe(200);
  return (res.body as { items: Category[] }).items;
}

describe('PUT /api/admin/categories/:code', () => {
  it('refuses the anonymous (401), the operator (403), an unknown code (404) and bad bodies (400); nothing changes', async () => {
    const before = await categories(operator);
    expect(before).toHaveLength(13);

    expect((await api(server.url, 'PUT', '/api/admin/categories/sanitation', edit)).status).toBe(401);
    expect((await operator.request('PUT', '/api/admin/categories/sanitation', edit)).status).toBe(403);
    const unknown = await admin.request('PUT', '/api/admin/categories/weather', edit);
    expect(unknown.status).toBe(404);

    const noDept = await admin.request('PUT', '/api/admin/categories/sanitation', {
      ...edit,
      defaultDepartmentId: 'no_such_department',
    });
    expect(noDept.status).toBe(400);
    expect(noDept.body).toMatchObject({
      error: { code: 'validation_failed', fields: { defaultDepartmentId: expect.any(String) } },
    });

    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...edit, name: '' }, 'name'],
      [{ ...edit, name: '一'.repeat(21) }, 'name'],
      [{ ...edit, examples: Array.from({ length: 21 }, (_, i) => `例${i}`) }, 'examples'],
      [{ ...edit, examples: ['好', ''] }, 'examples.1'],
      [{ ...edit, examples: ['一'.repeat(21)] }, 'examples.0'],
      [{ ...edit, defaultUnit: '' }, 'defaultUnit'],
      [{ ...edit, defaultUnit: '一'.repeat(61) }, 'defaultUnit'],
      [{ name: edit.name, examples: edit.examples, defaultUnit: edit.defaultUnit }, 'defaultDepartmentId'],
    ];
    for (const [body, field] of cases) {
      const res = await admin.request('PUT', '/api/admin/categories/sanitation', body);
      expect(res.status, field).toBe(400);
      expect((res.body as { error: { fields: Record<string, string> } }).error.fields, field).toHaveProperty([
        field,
      ]);
    }
    expect(await categories(operator)).toEqual(before);
  });

  it('saves an edit that every reader sees at once, audits it and keeps it across a restart', async () => {
    const saved = await admin.request('PUT', '/api/admin/categories/sanitation', edit);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toEqual({ code: 'sanitation', ...edit });

    const seen = await categories(operator);
    expect(seen).toHaveLength(13);
    expect(seen[0]).toEqual({ code: 'sanitation', ...edit }); // same place in the list
    expect(seen.find((c) => c.code === 'city_order')?.name).toBe('市容秩序');
    expect(server.app.context.reference().categories[0]?.name).toBe('环境整治');

    const cleared = await admin.request('PUT', '/api/admin/categories/petition', {
      name: '信访',
      examples: [],
      defaultUnit: '信访办',
      defaultDepartmentId: null,
    });
    expect(cleared.status).toBe(200);

    await server.stop();
    const db = new Database(join(dataDir, 'gridcommand.sqlite'), { readonly: true });
    const audits = db
      .prepare(`SELECT user_id, detail FROM audit_log WHERE action = 'category_update' ORDER BY at`)
      .all() as Array<{ user_id: string; detail: string }>;
    db.close();
    expect(audits).toHaveLength(2);
    expect(JSON.parse(audits[0]!.detail)).toMatchObject({
      code: 'sanitation',
      before: { name: '环境卫生' },
      after: { name: '环境整治' },
    });

    server = await start();
    const again = await categories(await login(server.url, 'operator'));
    expect(again[0]).toEqual({ code: 'sanitation', ...edit });
    expect(again.find((c) => c.code === 'petition')).toEqual({
      code: 'petition',
      name: '信访',
      examples: [],
      defaultUnit: '信访办',
      defaultDepartmentId: null,
    });
  });
});
