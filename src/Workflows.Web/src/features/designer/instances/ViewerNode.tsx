import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { Tone } from '../../../ui/Badge';

export interface NodeBadge {
  tone: Tone;
  icon: string;
  label: string;
  /** A short line under the badge: what it waits for, the incident, the role. */
  detail?: string;
}

export interface ViewerNodeData extends Record<string, unknown> {
  label: string;
  type: string;
  /** One source handle per outcome leaving the node (edges attach to the handle named after their outcome). */
  outcomes: string[];
  badge?: NodeBadge;
  highlighted?: boolean;
}

export type ViewerNodeType = Node<ViewerNodeData, 'viewer'>;

/** A read-only activity: name, type, and a state badge with icon and text (colour is never the only signal). */
export function ViewerNode({ data, selected }: NodeProps<ViewerNodeType>) {
  const tone = data.badge?.tone ?? 'neutral';
  const classes = ['viewer-node', `viewer-node-${tone}`, data.highlighted ? 'viewer-node-highlighted' : '', selected ? 'viewer-node-selected' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="viewer-node-name">{data.label}</div>
      <div className="viewer-node-type">{data.type}</div>
      {data.badge && (
        <div className={`badge badge-${tone} viewer-node-badge`}>
          <span aria-hidden="true">{data.badge.icon}</span> {data.badge.label}
        </div>
      )}
      {data.badge?.detail && <div className="viewer-node-detail">{data.badge.detail}</div>}
      {data.outcomes.map((outcome, index) => (
        <Handle
          key={outcome}
          id={outcome}
          type="source"
          position={Position.Right}
          isConnectable={false}
          style={{ top: `${((index + 1) / (data.outcomes.length + 1)) * 100}%` }}
        />
      ))}
    </div>
  );
}
