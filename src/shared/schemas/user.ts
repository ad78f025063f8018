import { z } from 'zod';

export const roleCodes = [
  'admin',
  'operator',
  'leader',
  'grid_worker',
  'dept_handler',
  'wall_kiosk',
] as const;
export const role = z.enum(roleCodes);
export type Role = z.infer<typeof role>;

export const user = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role,
  staffId: z.string().optional(),
  departmentId: z.string().optional(),
  gridIds: z.array(z.string()).optional(),
});
export type User = z.infer<typeof user>;

export const loginBody = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});
