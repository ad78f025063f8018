import type { QueryKey, QueryKeyWithDataTag, UnusedSkipTokenOptions } from '@tanstack/react-query';

/** What the `…QueryOptions()` factories return, spelled out once so their exports carry explicit types. */
export type AppQueryOptions<TData, TKey extends QueryKey> = UnusedSkipTokenOptions<
  TData,
  Error,
  TData,
  TKey
> &
  QueryKeyWithDataTag<TKey, TData, Error>;
