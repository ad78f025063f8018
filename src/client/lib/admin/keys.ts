/** Query keys of the rule table, working hours, ladders and calendars (GET /api/admin/oversight). */
export const oversightKeys = {
  all: ['admin', 'oversight'] as const,
  view: () => [...oversightKeys.all, 'view'] as const,
};
