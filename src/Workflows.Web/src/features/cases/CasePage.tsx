import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useCaseSections } from '../../lib/caseSections';
import { DateTime } from '../../ui/DateTime';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { casesApi, casesKeys } from './api';
import { CaseNotShared } from './CaseNotShared';
import { ClientReveal } from './ClientReveal';
import { InstancesSection } from './InstancesSection';
import { OpenTasksSection } from './OpenTasksSection';
import { PhasePath } from './PhasePath';
import { ProceedingsSection } from './ProceedingsSection';
import { ProfileSection } from './ProfileSection';
import { StartWorkflowSection } from './StartWorkflowSection';
import { TeamSection } from './TeamSection';
import { TimelineSection } from './TimelineSection';
import { usePhases } from './usePhases';
import './cases.css';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('cases');
  const { t: tw } = useTranslation('caselist');
  const valid = guid.test(id);
  const detail = useQuery({ queryKey: casesKeys.detail(id), queryFn: ({ signal }) => casesApi.detail(id, signal), enabled: valid });
  const phases = usePhases();
  const extraSections = useCaseSections();

  if (!valid || (detail.error instanceof ApiError && (detail.error.status === 404 || detail.error.status === 403))) return <CaseNotShared />;
  if (detail.error) return <ErrorMessage error={detail.error} />;
  if (detail.isPending) return <Loading />;

  const c = detail.data;
  return (
    <section className="page">
      <p className="row">
        <Link to="/cases">{t('case.back')}</Link>
        <Link to={`/cases/${c.id}/print`}>{tw('print.link')}</Link>
      </p>
      <PageHeader title={c.code} />
      <p className="muted">
        {t('case.opened')} <DateTime value={c.openedAt} />
      </p>
      <h2 className="visually-hidden">{t('case.phasePath')}</h2>
      <PhasePath path={phases.data ?? []} current={c.phase} />
      <div className="case-sections">
        <OpenTasksSection tasks={c.openTasks} team={c.team} />
        <TeamSection caseId={c.id} team={c.team} />
        <ProfileSection caseId={c.id} />
        <InstancesSection instances={c.instances} />
        <StartWorkflowSection caseId={c.id} />
        {/* Keyed by case: moving to another case starts hidden again. */}
        <ClientReveal key={c.id} caseId={c.id} code={c.code} />
        <ProceedingsSection caseId={c.id} team={c.team} proceedings={c.proceedings} />
        {extraSections.map((Section, i) => (
          <Section key={i} caseId={c.id} caseCode={c.code} />
        ))}
        <TimelineSection story={c.story} entries={c.timeline} team={c.team} />
      </div>
    </section>
  );
}
