import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import i18n from '../../../i18n';
import type { ActivityType } from '../model/descriptors';
import type { ActivityNode } from '../model/graph';
import { ActivityNodeView } from './ActivityNodeView';
import { DescriptorsContext } from './designerContext';

const humanTask = {
  key: 'task.human',
  displayName: 'Human task',
  outcomes: ['Done'],
  isStart: false,
  inputs: [
    { name: 'title', type: 'text', options: [], syntax: ['literal'] },
    { name: 'due', type: 'deadline', uiHint: 'duration', options: [], syntax: ['literal', 'expression'] },
    { name: 'followUp', type: 'deadline', uiHint: 'duration', options: [], syntax: ['literal', 'expression'] },
  ],
} as unknown as ActivityType;

function renderNode(inputs: Record<string, unknown>) {
  const props = { id: 'review', data: { activity: { id: 'review', type: 'task.human', inputs } }, selected: false } as unknown as NodeProps<ActivityNode>;
  return render(
    <ReactFlowProvider>
      <DescriptorsContext.Provider value={new Map([['task.human', humanTask]])}>
        <ActivityNodeView {...props} />
      </DescriptorsContext.Provider>
    </ReactFlowProvider>,
  );
}

describe('ActivityNodeView timings', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('shows the due and follow-up in words on the node', async () => {
    await i18n.changeLanguage('sr-Latn');
    renderNode({ title: 'Review', due: { workingDays: 5 }, followUp: 'PT21H' });
    const lines = [...screen.getByTestId('node-review-timings').querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual(['Rok: 5 radnih dana', 'Provera: 21 sat']);
  });

  it('shows no timing line for a script or an unset due', () => {
    renderNode({ title: 'Review', due: { js: 'vars.due' } });
    expect(screen.queryByTestId('node-review-timings')).toBeNull();
  });
});
