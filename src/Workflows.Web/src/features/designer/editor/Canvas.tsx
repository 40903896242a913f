import { memo, useCallback, type DragEvent } from 'react';
import { Background, Controls, MarkerType, MiniMap, ReactFlow, useReactFlow, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslation } from 'react-i18next';
import type { ActivityNode, ConnectionEdge } from '../model/graph';
import { nodeTypes } from './ActivityNodeView';
import { activityDragType } from './Palette';

const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed } };
const proOptions = { hideAttribution: true };
// A large workflow is not shrunk until its names are unreadable: it opens at a legible zoom and scrolls (issue 21.6).
const fitViewOptions = { padding: 0.1, maxZoom: 1, minZoom: 0.6 };

interface CanvasProps {
  nodes: ActivityNode[];
  edges: ConnectionEdge[];
  onNodesChange: (changes: NodeChange<ActivityNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<ConnectionEdge>[]) => void;
  onConnect: (connection: Connection) => void;
  onDragStart: () => void;
  onDropActivity: (type: string, position: { x: number; y: number }) => void;
}

/** React Flow with stable props: only the nodes and edges that changed re-render. Keys are handled by the editor. */
export const Canvas = memo(function Canvas({ nodes, edges, onNodesChange, onEdgesChange, onConnect, onDragStart, onDropActivity }: CanvasProps) {
  const { t } = useTranslation('designer');
  const { screenToFlowPosition } = useReactFlow();

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(activityDragType)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(activityDragType);
      if (!type) return;
      event.preventDefault();
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      onDropActivity(type, { x: Math.round(point.x - 100), y: Math.round(point.y - 30) });
    },
    [screenToFlowPosition, onDropActivity],
  );

  return (
    <div className="designer-canvas" onDragOver={onDragOver} onDrop={onDrop} role="region" aria-label={t('canvas.label')}>
      <ReactFlow<ActivityNode, ConnectionEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeDragStart={onDragStart}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control']}
        defaultEdgeOptions={defaultEdgeOptions}
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.05}
        maxZoom={2}
        proOptions={proOptions}
      >
        <Background gap={20} />
        <Controls aria-label={t('canvas.zoom')} />
        <MiniMap pannable zoomable ariaLabel={t('canvas.minimap')} />
      </ReactFlow>
    </div>
  );
});
