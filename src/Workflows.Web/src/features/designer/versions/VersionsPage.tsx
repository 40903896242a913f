import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../ui/Badge';
import { DateTime } from '../../../ui/DateTime';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { getVersion, listVersions, versionKeys, type DefinitionAuthor, type DefinitionVersionItem } from './api';
import { diffDefinitions } from './diff';
import { DiffView } from './DiffView';
import { defaultPair } from './pickDefault';
import '../instances/viewer.css';

function Author({ author }: { author: DefinitionAuthor | null }) {
  const { t } = useTranslation('viewer');
  if (!author) return null;
  if (author.kind === 'file') return <span>{t('versions.byFile', { file: author.id })}</span>;
  if (author.kind === 'user') return <span>{author.displayName ?? t('versions.unknownUser')}</span>;
  return <span>{t('versions.bySystem')}</span>;
}

export function VersionsPage() {
  const { definitionId = '' } = useParams();
  const { t } = useTranslation('viewer');
  const versions = useQuery({ queryKey: versionKeys.list(definitionId), queryFn: () => listVersions(definitionId) });
  const name = versions.data?.[0]?.name ?? definitionId;

  return (
    <section className="page stack">
      <PageHeader title={t('versions.title', { name })}>
        <Link to={`/designer/${encodeURIComponent(definitionId)}/simulate`}>{t('simulation.link')}</Link>
      </PageHeader>
      {versions.isPending && <Loading />}
      {versions.error && <ErrorMessage error={versions.error} />}
      {versions.data && (
        <>
          <VersionTable versions={versions.data} />
          <Comparison definitionId={definitionId} versions={versions.data} />
        </>
      )}
    </section>
  );
}

function VersionTable({ versions }: { versions: DefinitionVersionItem[] }) {
  const { t } = useTranslation('viewer');
  return (
    <section aria-labelledby="versions-list-title">
      <h2 id="versions-list-title">{t('versions.list')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('versions.version')}</th>
            <th scope="col">{t('versions.status')}</th>
            <th scope="col">{t('versions.savedAt')}</th>
            <th scope="col">{t('versions.savedBy')}</th>
            <th scope="col">{t('versions.publishedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version}>
              <td>v{v.version}</td>
              <td>
                {v.status === 'Published' ? <Badge tone="success">✓ {t('versions.published')}</Badge> : <Badge tone="warning">✎ {t('versions.draft')}</Badge>}
              </td>
              <td>
                <DateTime value={v.savedAt} />
              </td>
              <td>
                <Author author={v.savedBy} />
              </td>
              <td>
                <DateTime value={v.publishedAt} />
                {v.publishedBy && (
                  <span className="muted">
                    {' '}
                    · <Author author={v.publishedBy} />
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Comparison({ definitionId, versions }: { definitionId: string; versions: DefinitionVersionItem[] }) {
  const { t } = useTranslation('viewer');
  const initial = defaultPair(versions);
  const [from, setFrom] = useState(initial?.from ?? 0);
  const [to, setTo] = useState(initial?.to ?? 0);
  const before = useQuery({ queryKey: versionKeys.body(definitionId, from), queryFn: () => getVersion(definitionId, from), enabled: from > 0 });
  const after = useQuery({ queryKey: versionKeys.body(definitionId, to), queryFn: () => getVersion(definitionId, to), enabled: to > 0 });
  const diff = useMemo(() => (before.data && after.data ? diffDefinitions(before.data, after.data) : null), [before.data, after.data]);
  const names = useMemo(() => {
    const byId = new Map([...(before.data?.activities ?? []), ...(after.data?.activities ?? [])].map((a) => [a.id, a.name ?? a.id]));
    return (id: string) => byId.get(id) ?? id;
  }, [before.data, after.data]);

  const label = (v: DefinitionVersionItem) => `v${v.version} — ${v.status === 'Published' ? t('versions.published') : t('versions.draft')}`;
  return (
    <section aria-labelledby="versions-diff-title" className="stack">
      <h2 id="versions-diff-title">{t('versions.compare')}</h2>
      <div className="row">
        <label className="field">
          <span>{t('versions.from')}</span>
          <select value={from} onChange={(e) => setFrom(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                {label(v)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('versions.to')}</span>
          <select value={to} onChange={(e) => setTo(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                {label(v)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {(before.isPending || after.isPending) && <Loading />}
      <ErrorMessage error={before.error ?? after.error} />
      {diff && (
        <div className="card" aria-live="polite">
          <p className="muted">{t('versions.comparing', { from, to })}</p>
          <DiffView diff={diff} names={names} />
        </div>
      )}
    </section>
  );
}
