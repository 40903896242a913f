import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Queue, TaskCounts } from './api';

interface Props {
  queues: Queue[];
  selected: Queue;
  counts: TaskCounts | undefined;
  onSelect: (queue: Queue) => void;
  panelId: string;
}

export const tabId = (queue: Queue) => `task-tab-${queue}`;

/** WAI-ARIA tabs with automatic activation: arrows, Home and End move between queues. */
export function QueueTabs({ queues, selected, counts, onSelect, panelId }: Props) {
  const { t } = useTranslation('tasks');
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});

  function onKeyDown(event: KeyboardEvent) {
    const index = queues.indexOf(selected);
    const target =
      event.key === 'ArrowRight' ? queues[(index + 1) % queues.length]
      : event.key === 'ArrowLeft' ? queues[(index - 1 + queues.length) % queues.length]
      : event.key === 'Home' ? queues[0]
      : event.key === 'End' ? queues[queues.length - 1]
      : undefined;
    if (!target) return;
    event.preventDefault();
    onSelect(target);
    buttons.current[target]?.focus();
  }

  return (
    <div className="tabs" role="tablist" aria-label={t('queue.tabsLabel')} onKeyDown={onKeyDown}>
      {queues.map((queue) => {
        const count = counts?.[queue];
        return (
          <button
            key={queue}
            ref={(el) => {
              buttons.current[queue] = el;
            }}
            type="button"
            role="tab"
            id={tabId(queue)}
            aria-selected={queue === selected}
            aria-controls={panelId}
            tabIndex={queue === selected ? 0 : -1}
            onClick={() => onSelect(queue)}
          >
            {t(`queue.${queue}`)}
            {count !== undefined && count !== null && (
              <span className="count" data-testid={`count-${queue}`}>
                <span className="visually-hidden">, </span>
                {count}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
