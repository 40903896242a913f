import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Badge } from '../../../ui/Badge';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { getDefinitionVersion, getInstance, getInstanceActivities, instanceKeys } from './api';
import { ActivityPanel } from './ActivityPanel';
import { countStates, legendOrder, stateDisplay, stateDetail } from './display';
import { InstanceActions } from './InstanceActions';
import { JournalTable } from './JournalTable';
import { ReadOnlyGraph } from './ReadOnlyGraph';
import type { NodeBadge } from './ViewerNode';
import { useDetailText } from './useDetailText';
import { WaitingTasks } from './WaitingTasks';
import './viewer.css';

const statusTones = { Running: 'info', Waiting: 'info', Completed: 'success', Cancelled: 'neutral', Faulted: 'danger' } as const;

async function loadInstance(id: string) {
  const [instance, activities] = await Promise.all([getInstance(id), getInstanceActivities(id)]);
  return { instance, activities };
}

export function InstanceViewerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('viewer');
  const data = useQuery({ queryKey: instanceKeys.one(id), queryFn: () => loadInstance(id), retry: false });
  const definitionId = data.data?.activities.definitionId;
  const version = data.data?.activities.version;
  const definition = useQuery({
    queryKey: instanceKeys.definition(definitionId ?? '', version ?? 0),
    queryFn: () => getDefinitionVersion(definitionId!, version!),
    enabled: Boolean(definitionId && version),
    staleTime: Infinity,
  });

  if (data.error instanceof ApiError && (data.error.status === 404 || data.error.status === 403)) {
    return (
      <section className="page">
        <h1>{t('instance.notFoundTitle')}</h1>
        <p role="alert" className="error">
          {t('instance.notFound')}
        </p>
      </section>
    );
  }

  return (
    <section className="page viewer-wide stack">
      <PageHeader
        title={
          data.data ? t('instance.title', { definition: definition.data?.name ?? data.data.activities.definitionId, version: data.data.activities.version }) : t('instance.titleLoading')
        }
      >
        {data.data && <InstanceActions instanceId={id} status={data.data.instance.status} />}
      </PageHeader>
      {data.data?.instance.caseId && (
        <p>
          {t('instance.case')} <Link to={`/cases/${data.data.instance.caseId}`}>{data.data.instance.caseCode ?? data.data.instance.caseId}</Link>
        </p>
      )}
      {data.isPending && <Loading />}
      <ErrorMessage error={data.error ?? definition.error} />
      {data.data && definition.data && <Viewer data={data.data} definition={definition.data} />}
    </section>
  );
}

function Viewer({ data, definition }: { data: Awaited<ReturnType<typeof loadInstance>>; definition: Parameters<typeof ReadOnlyGraph>[0]['definition'] }) {
  const { t } = useTranslation('viewer');
  const detailText = useDetailText();
  const { instance, activities } = data;
  const firstInteresting = activities.activities.find((a) => a.state === 'faulted') ?? activities.activities.find((a) => a.state === 'waiting');
  const [selectedId, setSelectedId] = useState<string | null>(firstInteresting?.activityId ?? null);
  const counts = countStates(activities.activities);
  const badges = useMemo(() => {
    const map: Record<string, NodeBadge> = {};
    for (const a of activities.activities) {
      const display = stateDisplay(a.state);
      const detail = stateDetail(a);
      map[a.activityId] = { tone: display.tone, icon: display.icon, label: t(display.labelKey), detail: detail ? detailText(detail) : undefined };
    }
    return map;
  }, [activities, t, detailText]);
  const selected = activities.activities.find((a) => a.activityId === selectedId) ?? null;
  const statusTone = statusTones[instance.status as keyof typeof statusTones] ?? 'neutral';

  return (
    <>
      <p>
        {t('instance.status')} <Badge tone={statusTone}>{t(`instance.statuses.${instance.status}`, { defaultValue: instance.status })}</Badge>
      </p>
      <section aria-labelledby="legend-title">
        <h2 id="legend-title" className="visually-hidden">
          {t('instance.legend')}
        </h2>
        <ul className="viewer-legend" aria-label={t('instance.legend')}>
          {legendOrder.map((state) => {
            const d = stateDisplay(state);
            return (
              <li key={state}>
                <Badge tone={d.tone}>
                  <span aria-hidden="true">{d.icon}</span> {t(d.labelKey)}: {counts[state]}
                </Badge>
              </li>
            );
          })}
        </ul>
      </section>
      <WaitingTasks activities={activities.activities} />
      <div className="viewer-layout">
        <ReadOnlyGraph definition={definition} badges={badges} selectedId={selectedId} onSelect={setSelectedId} label={t('instance.graph')} />
        <aside className="stack" aria-label={t('instance.sidePanel')}>
          <label className="field">
            <span>{t('instance.chooseActivity')}</span>
            <select value={selectedId ?? ''} onChange={(e) => setSelectedId(e.target.value || null)}>
              <option value="">—</option>
              {activities.activities.map((a) => (
                <option key={a.activityId} value={a.activityId}>
                  {(a.name ?? a.activityId) + ' — ' + t(stateDisplay(a.state).labelKey)}
                </option>
              ))}
            </select>
          </label>
          {selected && <ActivityPanel activity={selected} definition={definition.activities.find((a) => a.id === selected.activityId)} journal={instance.journal} />}
        </aside>
      </div>
      <JournalTable journal={instance.journal} names={(id) => activities.activities.find((a) => a.activityId === id)?.name ?? id} />
    </>
  );
}
