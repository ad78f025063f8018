export interface Guard {
  id: string;
  what: string;
  file: string;
  find: string;
  replace: string;
  /** The test file that must fail once the breakage is applied. */
  test: string;
}

/** Deliberate breakages, each paired with the test that must catch it. */
export const GUARDS: Guard[] = [
  {
    id: 'publish-before-commit',
    what: 'events are published inside the transaction, before it commits',
    file: 'src/server/services/idempotent.ts',
    find: '      result = await work(tx);',
    replace: '      result = await work(tx);\n      publish(result.events);',
    test: 'tests/server/services/publish-after-commit.test.ts',
  },
  {
    id: 'no-replay',
    what: 'a reconnecting socket is not replayed the events it missed',
    file: 'src/server/realtime/hub.ts',
    find: '      await this.replay(state, lastSeq);',
    replace: '      void lastSeq;',
    test: 'tests/server/integration/realtime.test.ts',
  },
  {
    id: 'idempotency-ignored',
    what: 'an Idempotency-Key is not looked up, so a retry applies the command twice',
    file: 'src/server/services/idempotent.ts',
    find: 'const existing = await tx.getIdempotency(idem.userId, idem.key);',
    replace: 'const existing = null as null | { requestHash: string; status: number; body: unknown };',
    test: 'tests/server/integration/rest.test.ts',
  },
  {
    id: 'validation-skipped',
    what: 'request bodies reach the handlers unvalidated',
    file: 'src/server/http/route-registry.ts',
    find: 'parseOr400(spec.body, req.body)',
    replace: 'req.body',
    test: 'tests/server/integration/rest.test.ts',
  },
  {
    id: 'synchronous-off',
    what: 'SQLite runs with synchronous=OFF and no start-up check',
    file: 'src/server/db/sqlite/open.ts',
    find: "  db.pragma('synchronous = FULL');\n  db.pragma('foreign_keys = ON');\n  db.pragma('busy_timeout = 5000');\n  assertDurable(db);",
    replace: "  db.pragma('synchronous = OFF');",
    test: 'tests/server/db/sqlite-durability.test.ts',
  },
  {
    id: 'projection-bypassed',
    what: 'socket publishes skip the projection (no scope, no masking)',
    file: 'src/server/realtime/hub.ts',
    find: 'const visible = project(entityOf(event), state.viewer);',
    replace: 'const visible = entityOf(event).value;',
    test: 'tests/server/integration/realtime.test.ts',
  },
  {
    id: 'queue-uncapped',
    what: 'a client that stops reading gets an unbounded queue',
    file: 'src/server/realtime/hub.ts',
    find: 'if (queuedBytes(state.socket) > this.opts.queueCapBytes) {',
    replace: 'if (queuedBytes(state.socket) < 0) {',
    test: 'tests/server/integration/slow-client.test.ts',
  },
  {
    id: 'socket-session-not-checked',
    what: 'the socket handshake lets a client in without a session',
    file: 'src/server/realtime/socket-auth.ts',
    find: "if (!user) return next(new Error('unauthorized'));",
    replace: 'if (!user) return next();',
    test: 'tests/server/integration/realtime.test.ts',
  },
  {
    id: 'verifier-is-handler',
    what: 'the handler may verify their own work',
    file: 'src/shared/work-order/guards.ts',
    find: 'order.handlerUserId !== null && order.handlerUserId === actor.userId',
    replace: 'false',
    test: 'tests/shared/work-order/machine-rules.test.ts',
  },
];
