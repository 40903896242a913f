import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { casesApi, casesKeys, type CaseTeamMember } from './api';
import { mayEditTeam } from './roles';

/** The case's team; those who may edit it (coordinators, admins) add members from the staff list and remove them. */
export function TeamSection({ caseId, team }: { caseId: string; team: CaseTeamMember[] }) {
  const { t } = useTranslation('cases');
  const { t: tc } = useTranslation();
  const { me } = useSession();
  const client = useQueryClient();
  const pickerId = useId();
  const editable = mayEditTeam(me);
  // GET /api/staff also admits directors, but only those who may PUT the team need the picker.
  const staff = useQuery({ queryKey: casesKeys.staff, queryFn: ({ signal }) => casesApi.staff(signal), enabled: editable, staleTime: 60_000 });
  const [picked, setPicked] = useState('');
  const save = useMutation({
    mutationFn: (userIds: string[]) => casesApi.putTeam(caseId, userIds),
    onSuccess: async () => {
      setPicked('');
      await client.invalidateQueries({ queryKey: casesKeys.all });
    },
  });
  const ids = team.map((m) => m.userId);
  const candidates = (staff.data ?? []).filter((u) => !ids.includes(u.id));

  return (
    <section className="card" aria-labelledby="case-team">
      <h2 id="case-team">{t('team.title')}</h2>
      {team.length === 0 ? (
        <p className="muted">{t('team.none')}</p>
      ) : (
        <ul className="team-list">
          {team.map((m) => (
            <li key={m.userId}>
              <span>{m.displayName}</span>
              <span className="muted">{m.roles.map((r) => tc(`roles.${r}`, { defaultValue: r })).join(', ')}</span>
              {editable && (
                <button
                  type="button"
                  className="danger"
                  disabled={save.isPending}
                  onClick={() => save.mutate(ids.filter((id) => id !== m.userId))}
                  aria-label={t('team.removeWho', { name: m.displayName })}
                >
                  {t('team.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && staff.isSuccess && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (picked) save.mutate([...ids, picked]);
          }}
        >
          <label htmlFor={pickerId}>{t('team.addLabel')}</label>
          <select id={pickerId} value={picked} onChange={(e) => setPicked(e.target.value)}>
            <option value="">{t('team.choose')}</option>
            {candidates.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName} ({u.roles.map((r) => tc(`roles.${r}`, { defaultValue: r })).join(', ')})
              </option>
            ))}
          </select>
          <button type="submit" disabled={!picked || save.isPending}>
            {t('team.add')}
          </button>
        </form>
      )}
      <ErrorMessage error={staff.error} />
      <ErrorMessage error={save.error} />
    </section>
  );
}
