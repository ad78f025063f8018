import { describe, expect, it } from 'vitest';
import {
  commandFields,
  isCommandType,
  isSimpleCommand,
} from '../../../src/client/lib/work-orders/command-fields';
import { buildCommand, CommandInputError } from '../../../src/client/lib/work-orders/execute-command';
import { homePathForRole } from '../../../src/client/lib/roles';

describe('command forms follow the shared schema', () => {
  it('accept and start run from their button', () => {
    expect(isSimpleCommand('accept')).toBe(true);
    expect(isSimpleCommand('start')).toBe(true);
    expect(isSimpleCommand('verify_pass')).toBe(true); // its note is optional
    expect(isSimpleCommand('reject')).toBe(false);
  });

  it('lists the required fields with their inputs', () => {
    expect(commandFields('reject')).toEqual([{ name: 'reason', input: 'textarea', optional: false }]);
    expect(commandFields('register').map((f) => f.name)).toEqual(['category', 'priority']);
    expect(commandFields('dispatch')).toEqual([{ name: 'assignee', input: 'assignee', optional: false }]);
    expect(commandFields('request_extension').map((f) => f.input)).toEqual(['datetime', 'textarea']);
    expect(commandFields('resolve').map((f) => f.name)).toEqual(['report']);
  });

  it('knows the command types of the contract only', () => {
    expect(isCommandType('accept')).toBe(true);
    expect(isCommandType('delete_everything')).toBe(false);
  });

  it('builds the body with expectedVersion and refuses one the schema rejects', () => {
    expect(buildCommand({ version: 4 }, { type: 'reject', fields: { reason: 'duplicate' } })).toEqual({
      type: 'reject',
      expectedVersion: 4,
      reason: 'duplicate',
    });
    expect(() => buildCommand({ version: 4 }, { type: 'reject', fields: {} })).toThrow(CommandInputError);
  });
});

describe('home screen by role', () => {
  it('sends each role to its screen', () => {
    expect(homePathForRole('wall_kiosk')).toBe('/wall');
    expect(homePathForRole('grid_worker')).toBe('/field');
    expect(homePathForRole('dept_handler')).toBe('/field');
    expect(homePathForRole('operator')).toBe('/console');
    expect(homePathForRole('leader')).toBe('/console');
    expect(homePathForRole('admin')).toBe('/console');
  });
});
