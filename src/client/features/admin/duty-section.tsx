import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { describeError } from '../../components/query-state';
import { putDuty } from '../../lib/admin/put-duty';
import { useWallSummary } from '../../lib/wall/get-wall-summary';
import { wallKeys } from '../../lib/wall/keys';

/** 值班排班: who the walls name as the duty leader (值班领导) now. */
export function DutySection(): ReactElement {
  const t = useT();
  const queryClient = useQueryClient();
  const summary = useWallSummary();
  const current = summary.data?.dutyLeader ?? null;
  const [draft, setDraft] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (leader: string | null) => putDuty(leader),
    onSuccess: () => {
      setDraft(null);
      void queryClient.invalidateQueries({ queryKey: wallKeys.summary() });
    },
  });
  const value = draft ?? current ?? '';
  function handleSubmit(event: FormEvent): void {
    event.preventDefault();
    save.mutate(value.trim() === '' ? null : value.trim());
  }
  return (
    <section aria-labelledby="admin-duty">
      <h2 id="admin-duty">{t('kiosk.duty.title')}</h2>
      <p className="muted">{current ? t('kiosk.duty.current', { name: current }) : t('kiosk.duty.none')}</p>
      <form className="form-row" onSubmit={handleSubmit}>
        <label>
          {t('kiosk.duty.leader')}
          <input
            name="dutyLeader"
            value={value}
            maxLength={40}
            onChange={(e) => setDraft(e.target.value)}
            placeholder={t('kiosk.duty.placeholder')}
          />
        </label>
        <button type="submit" disabled={save.isPending}>
          {t('kiosk.duty.save')}
        </button>
      </form>
      {save.isError && (
        <p role="alert" className="error">
          {describeError(save.error, t)}
        </p>
      )}
      {save.isSuccess && <p role="status">{t('kiosk.duty.saved')}</p>}
    </section>
  );
}
