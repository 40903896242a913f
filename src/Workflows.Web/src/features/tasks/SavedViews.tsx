import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { fieldErrors } from '../../ui/form/fieldErrors';
import { FormError } from '../../ui/form/FormError';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import type { Queue, TaskFilters } from './api';
import { createView, deleteView, listViews, queueKeys, type QueueView } from './queueApi';

interface Props {
  queue: Queue;
  filters: TaskFilters;
  onApply: (view: QueueView) => void;
}

/** Saved queue views, kept on the server per user; one may share a view with a role of one's own. */
export function SavedViews({ queue, filters, onApply }: Props) {
  const { t } = useTranslation('queues');
  const { t: tc } = useTranslation('common');
  const { me } = useSession();
  const client = useQueryClient();
  const views = useQuery({ queryKey: queueKeys.views, queryFn: ({ signal }) => listViews(signal) });
  const [chosen, setChosen] = useState('');
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [share, setShare] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: queueKeys.views });
  const save = useMutation({
    mutationFn: () =>
      createView({
        name,
        queue,
        taskType: filters.type ?? null,
        priority: filters.priority || null,
        assigneeId: filters.assigneeId ?? null,
        sharedWithRole: share || null,
      }),
    onSuccess: (view) => {
      setSaving(false);
      setName('');
      setShare('');
      setChosen(view.id);
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: deleteView,
    onSuccess: () => {
      setChosen('');
      void refresh();
    },
  });

  const list = views.data ?? [];
  const current = list.find((v) => v.id === chosen);
  const pick = (id: string) => {
    setChosen(id);
    const view = list.find((v) => v.id === id);
    if (view) onApply(view);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <div className="saved-views">
      <div className="row saved-views-bar">
        <label className="field">
          <span>{t('views.label')}</span>
          <select value={chosen} onChange={(e) => pick(e.target.value)}>
            <option value="">{t('views.none')}</option>
            {list.map((v) => (
              <option key={v.id} value={v.id}>
                {v.mine ? v.name : t('views.sharedBy', { name: v.name, owner: v.ownerName })}
              </option>
            ))}
          </select>
        </label>
        {current?.mine && (
          <button type="button" onClick={() => remove.mutate(current.id)} disabled={remove.isPending}>
            {t('views.delete')}
            <span className="visually-hidden">: {current.name}</span>
          </button>
        )}
        <button type="button" aria-expanded={saving} onClick={() => setSaving((s) => !s)}>
          {t('views.saveCurrent')}
        </button>
      </div>
      <ErrorMessage error={views.error ?? remove.error} />
      {saving && (
        <form className="row saved-views-form" onSubmit={submit} aria-label={t('views.saveCurrent')} noValidate>
          <TextField id="queue-view-name" label={t('views.name')} value={name} onChange={setName} errors={fieldErrors(save.error, 'name')} />
          <SelectField
            id="queue-view-share"
            label={t('views.share')}
            value={share}
            onChange={setShare}
            placeholder={t('views.private')}
            options={me.roles.map((r) => ({ value: r, label: tc(`roles.${r}`, { defaultValue: r }) }))}
            errors={fieldErrors(save.error, 'sharedWithRole')}
          />
          <button type="submit" className="primary" disabled={save.isPending}>
            {t('views.save')}
          </button>
          <FormError error={save.error} fields={['name', 'sharedWithRole']} fixFields={t('views.fix')} />
        </form>
      )}
    </div>
  );
}
