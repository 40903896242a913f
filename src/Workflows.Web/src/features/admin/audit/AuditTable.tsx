import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from '../../../ui/Badge';
import { DateTime } from '../../../ui/DateTime';
import type { AuditEntry, UserView } from '../api';
import { actionLabelKey, outcomeLabelKey } from '../auditQuery';

const outcomeTone: Record<string, Tone> = { ok: 'success', forbidden: 'danger', allowed: 'success', found: 'info', none: 'neutral', denied: 'danger', failed: 'danger', override: 'warning' };

export function AuditTable({ entries, users }: { entries: AuditEntry[]; users: UserView[] }) {
  const { t } = useTranslation('admin');
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  if (entries.length === 0) return <p className="muted">{t('audit.none')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('audit.resultsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.fields.id')}</th>
            <th scope="col">{t('audit.fields.at')}</th>
            <th scope="col">{t('audit.fields.actor')}</th>
            <th scope="col">{t('audit.fields.action')}</th>
            <th scope="col">{t('audit.fields.entity')}</th>
            <th scope="col">{t('audit.fields.case')}</th>
            <th scope="col">{t('audit.fields.outcome')}</th>
            <th scope="col">{t('audit.fields.ip')}</th>
            <th scope="col">{t('audit.fields.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{e.id}</td>
              <td>
                <DateTime value={e.at} />
              </td>
              <td>{e.userId ? (names.get(e.userId) ?? <span className="mono">{e.userId}</span>) : <span className="muted">{t('audit.system')}</span>}</td>
              <td>
                {t(actionLabelKey(e.action), { defaultValue: e.action })}
                <span className="mono muted"> {e.action}</span>
              </td>
              <td>
                <span className="mono">{e.entity}</span>
                {e.entityId && <span className="mono muted"> {e.entityId}</span>}
              </td>
              <td>{e.caseCode ?? <span className="muted">—</span>}</td>
              <td>
                <Badge tone={outcomeTone[e.outcome] ?? 'neutral'}>{t(outcomeLabelKey(e.outcome), { defaultValue: e.outcome })}</Badge>
              </td>
              <td className="mono">{e.clientIp ?? '—'}</td>
              <td>{e.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
