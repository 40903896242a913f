import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { http, unwrap } from '../../api/http';
import { useSession } from '../../auth/SessionContext';
import { hasRole } from '../../auth/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { profileCodes, toBody, toForm, type ProfileForm } from './profileForm';

const profileKey = (caseId: string) => ['cases', 'profile', caseId] as const;

/** The coded profile reports count (no identity): the case team edits it; the Director reads it. */
export function ProfileSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const { me } = useSession();
  const client = useQueryClient();
  const editable = hasRole(me, 'Admin', 'Coordinator', 'CaseManager', 'Lawyer');
  const profile = useQuery({ queryKey: profileKey(caseId), queryFn: () => unwrap(http.GET('/api/cases/{id}/profile', { params: { path: { id: caseId } } })) });
  const [form, setForm] = useState<ProfileForm | null>(null);
  const save = useMutation({
    mutationFn: (f: ProfileForm) => unwrap(http.PUT('/api/cases/{id}/profile', { params: { path: { id: caseId } }, body: toBody(f) })),
    onSuccess: async () => {
      setForm(null);
      await client.invalidateQueries({ queryKey: profileKey(caseId) });
    },
  });
  const shown = form ?? (profile.data ? toForm(profile.data) : null);
  const set = (patch: Partial<ProfileForm>) => shown && setForm({ ...shown, ...patch });
  const select = (field: 'sex' | 'ageGroup' | 'place' | 'status' | 'by' | 'referralSource', codes: readonly string[], empty?: string) => (
    <label className="field">
      <span>{t(`profile.${field}`)}</span>
      <select value={shown?.[field] ?? ''} disabled={!editable} onChange={(e) => set({ [field]: e.target.value })}>
        {empty !== undefined && <option value="">{empty}</option>}
        {codes.map((c) => (
          <option key={c} value={c}>
            {t(`profile.codes.${c}`, { defaultValue: c })}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="card" aria-labelledby="case-profile">
      <h2 id="case-profile">{t('profile.title')}</h2>
      <p className="muted">{t('profile.intro')}</p>
      {profile.error && <ErrorMessage error={profile.error} />}
      {shown && (
        <form
          className="profile-form"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(shown);
          }}
        >
          {select('sex', profileCodes.sex)}
          {select('ageGroup', profileCodes.ageGroup)}
          <label className="field">
            <span>{t('profile.citizenship')}</span>
            <input value={shown.citizenship} maxLength={2} disabled={!editable} onChange={(e) => set({ citizenship: e.target.value })} />
          </label>
          <fieldset>
            <legend>{t('profile.exploitation')}</legend>
            {profileCodes.exploitation.map((code) => (
              <label key={code} className="check">
                <input
                  type="checkbox"
                  disabled={!editable}
                  checked={shown.exploitation.includes(code)}
                  onChange={(e) => set({ exploitation: e.target.checked ? [...shown.exploitation, code] : shown.exploitation.filter((c) => c !== code) })}
                />
                {t(`profile.codes.${code}`)}
              </label>
            ))}
          </fieldset>
          {select('place', profileCodes.place, t('profile.unknown'))}
          {select('status', profileCodes.status)}
          {shown.status === 'formallyIdentified' && (
            <>
              <label className="field">
                <span>{t('profile.on')}</span>
                <input type="date" value={shown.on} disabled={!editable} onChange={(e) => set({ on: e.target.value })} />
              </label>
              {select('by', profileCodes.by, t('profile.unknown'))}
            </>
          )}
          {select('referralSource', profileCodes.referralSource, t('profile.unknown'))}
          {save.error && <ErrorMessage error={save.error} />}
          {editable && (
            <button type="submit" disabled={save.isPending || form === null}>
              {t('profile.save')}
            </button>
          )}
        </form>
      )}
    </section>
  );
}
