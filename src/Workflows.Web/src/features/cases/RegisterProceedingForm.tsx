import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { casesKeys, type CaseTeamMember } from './api';
import { FieldError } from '../../ui/form/FieldError';
import { FormError } from '../../ui/form/FormError';
import { fieldErrors } from '../../ui/form/fieldErrors';
import { clientRoles, defaultLead, lawyerOptions, legalFormsApi, proceedingKinds, proceedingRequest, type Proceeding, type ProceedingForm } from './legalApi';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';

const fields = ['kind', 'court', 'courtCaseNumber', 'clientRole', 'leadLawyerId', 'lawyerIds'];

/** POST /api/cases/{id}/proceedings; the API decides who may (lawyers, coordinators, admins) and says why not. */
export function RegisterProceedingForm({ caseId, team, onSaved }: { caseId: string; team: CaseTeamMember[]; onSaved: (p: Proceeding) => void }) {
  const { t } = useTranslation('cases');
  const { me } = useSession();
  const client = useQueryClient();
  const lawyers = lawyerOptions(team);
  const [form, setForm] = useState<ProceedingForm>(() => ({
    kind: 'criminal',
    court: '',
    courtCaseNumber: '',
    clientRole: 'injuredParty',
    leadLawyerId: defaultLead(lawyers, me),
    lawyerIds: [],
  }));
  const set = (changes: Partial<ProceedingForm>) => setForm((f) => ({ ...f, ...changes }));
  const save = useMutation({
    mutationFn: () => legalFormsApi.createProceeding(caseId, proceedingRequest(form)),
    onSuccess: async (proceeding) => {
      await client.invalidateQueries({ queryKey: casesKeys.detail(caseId) });
      void client.invalidateQueries({ queryKey: ['legal'] });
      onSaved(proceeding);
    },
  });
  const errorsFor = (field: string) => fieldErrors(save.error, field);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const others = lawyers.filter((l) => l.id !== form.leadLawyerId);
  const lawyerIdsErrors = errorsFor('lawyerIds');

  return (
    <form className="stack legal-form" onSubmit={submit} noValidate aria-labelledby="register-proceeding-title">
      <h3 id="register-proceeding-title">{t('legalForms.proceeding.title')}</h3>
      <SelectField
        label={t('legalForms.proceeding.kind')}
        value={form.kind}
        onChange={(kind) => set({ kind })}
        options={proceedingKinds.map((k) => ({ value: k, label: t(`legal.kinds.${k}`) }))}
        errors={errorsFor('kind')}
      />
      <TextField label={t('legalForms.proceeding.court')} value={form.court} onChange={(court) => set({ court })} errors={errorsFor('court')} />
      <TextField
        label={t('legalForms.proceeding.courtCaseNumber')}
        value={form.courtCaseNumber}
        onChange={(courtCaseNumber) => set({ courtCaseNumber })}
        errors={errorsFor('courtCaseNumber')}
      />
      <SelectField
        label={t('legalForms.proceeding.clientRole')}
        value={form.clientRole}
        onChange={(clientRole) => set({ clientRole })}
        options={clientRoles.map((r) => ({ value: r, label: t(`legalForms.clientRoles.${r}`) }))}
        errors={errorsFor('clientRole')}
      />
      <SelectField
        label={t('legalForms.proceeding.lead')}
        value={form.leadLawyerId}
        onChange={(leadLawyerId) => set({ leadLawyerId, lawyerIds: form.lawyerIds.filter((id) => id !== leadLawyerId) })}
        options={lawyers.map((l) => ({ value: l.id, label: l.name }))}
        placeholder={t('legalForms.proceeding.chooseLead')}
        errors={errorsFor('leadLawyerId')}
      />
      {lawyers.length === 0 && <p className="muted">{t('legalForms.proceeding.noLawyers')}</p>}
      {others.length > 0 && (
        <fieldset className="legal-lawyers" aria-describedby={lawyerIdsErrors.length > 0 ? 'register-proceeding-lawyers-error' : undefined}>
          <legend>{t('legalForms.proceeding.otherLawyers')}</legend>
          {others.map((l) => (
            <label key={l.id} className="row">
              <input
                type="checkbox"
                checked={form.lawyerIds.includes(l.id)}
                onChange={(e) => set({ lawyerIds: e.target.checked ? [...form.lawyerIds, l.id] : form.lawyerIds.filter((id) => id !== l.id) })}
              />
              <span>{l.name}</span>
            </label>
          ))}
          <FieldError id="register-proceeding-lawyers-error" messages={lawyerIdsErrors} />
        </fieldset>
      )}
      <FormError error={save.error} fields={fields} fixFields={t('legalForms.fixFields')} forbidden={t('legalForms.forbidden')} />
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('legalForms.proceeding.submit')}
        </button>
      </div>
    </form>
  );
}
