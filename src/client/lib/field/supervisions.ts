import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod';
import { supervisionRecord } from '../../../shared/schemas/oversight';
import { apiGet, apiPost } from '../api-client';

export const supervision = supervisionRecord;
export type Supervision = z.infer<typeof supervision>;

const supervisionList = z.object({ items: z.array(supervision) });

export const supervisionKeys = {
  all: ['oversight', 'supervisions'] as const,
  open: () => [...supervisionKeys.all, 'open'] as const,
};

/** The open supervisions of my unit (the server filters to my grids or my department). */
export function useOpenSupervisions(): UseQueryResult<Supervision[]> {
  return useQuery({
    queryKey: supervisionKeys.open(),
    queryFn: ({ signal }) => apiGet('/api/oversight/supervisions?open=true', supervisionList, signal),
    select: (list) => list.items,
    // No socket event names supervisions: ask again whenever the tab is opened.
    staleTime: 0,
  });
}

export function useAnswerSupervision(): UseMutationResult<
  Supervision,
  Error,
  { id: string; answer: string }
> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }) =>
      apiPost(`/api/oversight/supervisions/${encodeURIComponent(id)}/answer`, { answer }, supervision),
    onSettled: () => queryClient.invalidateQueries({ queryKey: supervisionKeys.all }),
  });
}
