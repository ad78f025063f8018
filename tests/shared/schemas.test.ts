import { describe, expect, it } from 'vitest';
import { createWorkOrderBody, workOrderCommand } from '../../src/shared/schemas/work-order';
import { domainEvent } from '../../src/shared/schemas/event';
import { parseEnv } from '../../src/server/config';

describe('schemas', () => {
  it('accepts a minimal order and ignores unknown keys', () => {
    const parsed = createWorkOrderBody.parse({
      source: 'hotline',
      title: ' 井盖缺失 ',
      location: { lat: 34.9, lng: 116.8 },
      extra: 1,
    });
    expect(parsed).toEqual({
      source: 'hotline',
      title: '井盖缺失',
      description: '',
      location: { lat: 34.9, lng: 116.8 },
    });
  });

  it('requires each command its own fields', () => {
    expect(workOrderCommand.safeParse({ type: 'reject', expectedVersion: 1 }).success).toBe(false);
    expect(
      workOrderCommand.safeParse({ type: 'reject', expectedVersion: 1, reason: '非本镇事项' }).success,
    ).toBe(true);
    expect(
      workOrderCommand.safeParse({
        type: 'dispatch',
        expectedVersion: 1,
        assignee: { kind: 'team', id: 'x' },
      }).success,
    ).toBe(false);
    expect(
      workOrderCommand.safeParse({ type: 'close', expectedVersion: 1, satisfaction: 'happy' }).success,
    ).toBe(false);
    expect(workOrderCommand.safeParse({ type: 'teleport', expectedVersion: 1 }).success).toBe(false);
  });

  it('rejects an event of an unknown type', () => {
    expect(domainEvent.safeParse({ type: 'work-order:exploded' }).success).toBe(false);
  });

  it('validates the environment with defaults and clear errors', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 8080,
      HOST: '0.0.0.0',
      DATA_DIR: './data',
      SIMULATOR: 'on',
      SIM_RATE: 6,
      SIM_SPEED: 1,
      SIM_SEED: 1,
      DEMO_USERS: 'on',
    });
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseEnv({ SIMULATOR: 'maybe' })).toThrow(/SIMULATOR/);
  });
});
