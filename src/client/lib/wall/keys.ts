/** Query keys of what the wall reads; the realtime bridge patches or invalidates these. */
export const wallKeys = {
  all: ['wall'] as const,
  summary: () => [...wallKeys.all, 'summary'] as const,
  markers: () => [...wallKeys.all, 'markers'] as const,
  cameras: () => [...wallKeys.all, 'cameras'] as const,
  staff: () => [...wallKeys.all, 'staff'] as const,
  layers: () => [...wallKeys.all, 'layers'] as const,
  cards: () => [...wallKeys.all, 'cards'] as const,
};
