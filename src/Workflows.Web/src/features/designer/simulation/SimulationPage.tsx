import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { ReadOnlyGraph } from '../instances/ReadOnlyGraph';
import type { NodeBadge } from '../instances/ViewerNode';
import type { WorkflowDefinition } from '../model/definition';
import { loadSimulatedDefinition, simulate, simulationKeys, type SimulationResponse } from './api';
import { presets, presetText } from './presets';
import { buildRequest, humanTasks, parseProfile } from './request';
import { SimulationForm, type SimulationFormState } from './SimulationForm';
import { SimulationTimeline } from './SimulationTimeline';
import { clampStep, defaultStartLocal, stepView } from './steps';
import '../instances/viewer.css';

export function SimulationPage() {
  const { definitionId = '' } = useParams();
  const { t } = useTranslation('viewer');
  const source = useQuery({ queryKey: simulationKeys.definition(definitionId), queryFn: () => loadSimulatedDefinition(definitionId) });

  return (
    <section className="page viewer-wide stack">
      <PageHeader title={t('simulation.title', { name: source.data?.definition.name ?? definitionId })}>
        <Link to={`/designer/${encodeURIComponent(definitionId)}/versions`}>{t('versions.link')}</Link>
      </PageHeader>
      <p className="viewer-notice" role="note">
        <span aria-hidden="true">ℹ </span>
        {t('simulation.notice')}
      </p>
      {source.isPending && <Loading />}
      {source.error && <ErrorMessage error={source.error} />}
      {source.data && (
        <>
          <p className="muted">
            {source.data.isDraft ? t('simulation.runsDraft', { version: source.data.version }) : t('simulation.runsVersion', { version: source.data.version })}
          </p>
          <Simulation definition={source.data.definition} />
        </>
      )}
    </section>
  );
}

function Simulation({ definition }: { definition: WorkflowDefinition }) {
  const { t } = useTranslation('viewer');
  const tasks = useMemo(() => humanTasks(definition), [definition]);
  const [form, setForm] = useState<SimulationFormState>(() => ({
    presetId: presets[0].id,
    profileText: presetText(presets[0]),
    startLocal: defaultStartLocal(),
    choices: {},
  }));
  const [profileInvalid, setProfileInvalid] = useState(false);
  const [current, setCurrent] = useState(0);
  const run = useMutation({
    mutationFn: simulate,
    onSuccess: () => setCurrent(0),
  });
  const result: SimulationResponse | undefined = run.data;

  const onRun = () => {
    const parsed = parseProfile(form.profileText);
    setProfileInvalid(!parsed.ok);
    if (!parsed.ok) return;
    run.mutate(buildRequest(definition, parsed.profile, form.startLocal, form.choices));
  };

  const step = result?.steps[current];
  // What each activity last did up to the current step, so the graph shows the path so far.
  const badges = useMemo(() => {
    const map: Record<string, NodeBadge> = {};
    result?.steps.slice(0, current + 1).forEach((s) => {
      if (!s.activityId) return;
      const view = stepView(s);
      map[s.activityId] = { tone: view.tone, icon: view.icon, label: t(view.kindKey), detail: s.role ? t(`roles.${s.role}`, { ns: 'common', defaultValue: s.role }) : undefined };
    });
    return map;
  }, [result, current, t]);

  return (
    <div className="viewer-layout">
      <div className="stack">
        <ReadOnlyGraph definition={definition} badges={badges} highlightedId={step?.activityId ?? null} label={t('simulation.graph')} />
        {run.error && !(profileInvalid) && <ErrorMessage error={run.error} />}
        {result && <SimulationTimeline result={result} current={current} onStep={(i) => setCurrent(clampStep(i, result.steps.length))} />}
      </div>
      <SimulationForm tasks={tasks} state={form} onChange={setForm} onRun={onRun} running={run.isPending} profileInvalid={profileInvalid} error={run.error} />
    </div>
  );
}
