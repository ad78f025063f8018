import type { Grid, Village } from '../../../shared/schemas/town';
import type { TownLayerStore } from '../repository';
import type { SqliteDb } from './open';

type Row = Record<string, unknown>;

/** The town's imported layers: village and grid reference rows plus the stored map layers. */
export class SqliteTownLayerStore implements TownLayerStore {
  constructor(private readonly db: SqliteDb) {}

  async replace(input: {
    villages: Village[];
    grids: Grid[];
    layers: Record<string, unknown>;
    at: string;
    by: string;
  }): Promise<void> {
    const clear = this.db.prepare(`DELETE FROM reference_items WHERE kind IN ('village', 'grid')`);
    const item = this.db.prepare('INSERT INTO reference_items (kind, id, position, data) VALUES (?,?,?,?)');
    const layer = this.db.prepare(
      `INSERT INTO map_layers (name, data, updated_at, updated_by) VALUES (?,?,?,?)
         ON CONFLICT (name) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at,
           updated_by = excluded.updated_by`,
    );
    this.db.transaction(() => {
      clear.run();
      input.villages.forEach((v, i) => item.run('village', v.id, i, JSON.stringify(v)));
      input.grids.forEach((g, i) => item.run('grid', g.grid_id, i, JSON.stringify(g)));
      for (const [name, data] of Object.entries(input.layers)) {
        layer.run(name, JSON.stringify(data), input.at, input.by);
      }
    })();
  }

  async getLayer(name: string): Promise<{ data: unknown; updatedAt: string } | null> {
    const r = this.db.prepare('SELECT data, updated_at FROM map_layers WHERE name = ?').get(name) as
      Row | undefined;
    return r ? { data: JSON.parse(String(r.data)) as unknown, updatedAt: String(r.updated_at) } : null;
  }
}
