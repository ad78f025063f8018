import { useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet } from '../api-client';

/**
 * The timeline as the detail endpoint sends it, keeping each event's `data` where the server gives
 * one (the shared detail schema drops it): the create event's photos are the "before", the latest
 * resolve event's photos and report the "after" of an on-site check (核查).
 */
const evidenceTimeline = z.object({
  timeline: z.array(
    z.object({
      seq: z.number(),
      action: z.string(),
      data: z.record(z.string(), z.unknown()).nullish(),
    }),
  ),
});
type EvidenceTimeline = z.infer<typeof evidenceTimeline>;

export interface OrderEvidence {
  before: string[];
  after: string[];
  report: string | null;
}

const photoList = z.array(z.string());

function photosOf(data: Record<string, unknown> | null | undefined): string[] {
  const parsed = photoList.safeParse(data?.photos);
  return parsed.success ? parsed.data : [];
}

export function evidenceFrom(timeline: EvidenceTimeline['timeline']): OrderEvidence {
  const sorted = [...timeline].sort((a, b) => a.seq - b.seq);
  const created = sorted.find((entry) => entry.action === 'create');
  const resolved = sorted.filter((entry) => entry.action === 'resolve').at(-1);
  const report = resolved?.data?.report;
  return {
    before: photosOf(created?.data),
    after: photosOf(resolved?.data),
    report: typeof report === 'string' ? report : null,
  };
}

export const evidenceKeys = {
  order: (id: string) => ['field', 'evidence', id] as const,
};

export function useOrderEvidence(id: string, version: number): UseQueryResult<OrderEvidence> {
  return useQuery({
    queryKey: [...evidenceKeys.order(id), version],
    queryFn: async ({ signal }) => {
      const detail = await apiGet(`/api/work-orders/${encodeURIComponent(id)}`, evidenceTimeline, signal);
      return evidenceFrom(detail.timeline);
    },
  });
}
