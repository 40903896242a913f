import { memo, useEffect, useMemo, useRef } from 'react';
import { Handle, Position, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useInputTexts } from '../model/activityInputs';
import { useActivityTypeTexts } from '../model/activityTypes';
import { outcomesOf } from '../model/descriptors';
import { useDurationWords } from '../model/durationWords';
import type { ActivityNode } from '../model/graph';
import { useProblemText } from '../model/problemText';
import { useActivityProblems, useDescriptor } from './designerContext';

/** One activity on the canvas: memoised, and it reads only its own descriptor and problems. */
export const ActivityNodeView = memo(function ActivityNodeView({ id, data, selected }: NodeProps<ActivityNode>) {
  const { t } = useTranslation('designer');
  const activity = data.activity;
  const descriptor = useDescriptor(activity.type);
  const problems = useActivityProblems(id);
  const text = useProblemText(activity.type);
  const inputTexts = useInputTexts(activity.type);
  const typeName = useActivityTypeTexts().name(activity.type, descriptor?.displayName);
  const words = useDurationWords();
  // How long it waits or when it is due, in words, so a reader need not open the panel to see "2 working days".
  const timings = (descriptor?.inputs ?? []).flatMap((input) => {
    if (input.type !== 'duration' && input.type !== 'deadline' && input.uiHint !== 'duration') return [];
    const said = words.duration(activity.inputs?.[input.name]);
    return said ? [`${inputTexts.label(input)}: ${said}`] : [];
  });
  const outcomes = useMemo(() => outcomesOf(activity, descriptor), [activity, descriptor]);
  const outcomeKey = outcomes.join('\n');
  const updateNodeInternals = useUpdateNodeInternals();
  // React Flow measures handles when a node mounts; only outcomes changed later in the panel need a new measurement
  // (asking on mount too would re-measure all two hundred nodes one by one).
  const measured = useRef(outcomeKey);
  useEffect(() => {
    if (measured.current === outcomeKey) return;
    measured.current = outcomeKey;
    updateNodeInternals(id);
  }, [id, outcomeKey, updateNodeInternals]);

  const title = activity.name || typeName;
  const errors = problems?.filter((p) => !p.warning) ?? [];
  const warnings = problems?.filter((p) => p.warning) ?? [];
  const count = errors.length;
  const state = count ? ' has-problems' : warnings.length ? ' has-warnings' : '';
  return (
    <div className={`designer-node${selected ? ' selected' : ''}${state}`} data-testid={`node-${id}`}>
      {!descriptor?.isStart && <Handle type="target" position={Position.Left} className="designer-target" aria-label={t('node.input')} />}
      <div className="designer-node-title" title={title}>{title}</div>
      <div className="designer-node-meta">
        <code>{id}</code> · <span>{typeName}</span>
      </div>
      {timings.length > 0 && (
        <ul className="designer-node-timings" data-testid={`node-${id}-timings`}>
          {timings.map((line) => <li key={line}>{line}</li>)}
        </ul>
      )}
      {count > 0 && (
        <div className="designer-node-problems" title={errors.map(text).join('\n')}>
          <span aria-hidden="true">⚠</span> {t('node.problems', { count })}
          <div className="designer-node-problem-text">{text(errors[0])}</div>
        </div>
      )}
      {count === 0 && warnings.length > 0 && (
        <div className="designer-node-warnings" title={warnings.map(text).join('\n')} data-testid={`node-${id}-warnings`}>
          <span aria-hidden="true">△</span> {t('warnings.node', { count: warnings.length })}
          <div className="designer-node-problem-text">{text(warnings[0])}</div>
        </div>
      )}
      {outcomes.length > 0 && (
        <ul className="designer-outcomes">
          {outcomes.map((outcome) => (
            <li key={outcome}>
              <span>{outcome}</span>
              <Handle type="source" position={Position.Right} id={outcome} className="designer-source" aria-label={t('node.outcome', { outcome })} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});

export const nodeTypes = { activity: ActivityNodeView };
