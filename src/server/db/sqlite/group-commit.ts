import type { SqliteDb } from './open';

interface Queued<Tx> {
  fn: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/**
 * Group commit. Transactions asked for in one turn of the event loop run together at its end, one
 * after another, each inside its own SAVEPOINT (a failing one rolls back alone), and are made
 * durable by one COMMIT — one fsync for the group instead of one each. No caller's promise settles
 * before that COMMIT, so nothing is acknowledged or published that could still be lost. The
 * callbacks' awaits resolve synchronously underneath (better-sqlite3), so no other request handler
 * runs between BEGIN and COMMIT.
 */
export class GroupCommit<Tx> {
  private queued: Array<Queued<Tx>> = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: SqliteDb,
    private readonly tx: Tx,
  ) {}

  run<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queued.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  /** Resolves once no group is queued or running. */
  async idle(): Promise<void> {
    while (this.running !== null) await this.running;
  }

  private schedule(): void {
    if (this.running !== null || this.queued.length === 0) return;
    this.running = new Promise<void>((done) => {
      setImmediate(() => {
        void this.runGroup().finally(() => {
          this.running = null;
          done();
          this.schedule();
        });
      });
    });
  }

  private async runGroup(): Promise<void> {
    const group = this.queued;
    this.queued = [];
    const outcomes: Array<() => void> = [];
    try {
      this.db.exec('BEGIN IMMEDIATE');
      for (const item of group) {
        this.db.exec('SAVEPOINT command');
        try {
          const result = await item.fn(this.tx);
          this.db.exec('RELEASE command');
          outcomes.push(() => item.resolve(result));
        } catch (err) {
          this.db.exec('ROLLBACK TO command');
          this.db.exec('RELEASE command');
          outcomes.push(() => item.reject(err));
        }
      }
      this.db.exec('COMMIT');
    } catch (err) {
      // BEGIN, a rollback or the COMMIT itself failed: nothing of the group is durable.
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const item of group) item.reject(err);
      return;
    }
    for (const settle of outcomes) settle();
  }
}
