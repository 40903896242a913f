import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { claimTask, getCounts, getTask, listTasks, releaseTask, taskKeys, type Queue, type Task, type TaskFilters } from './api';

/** New work should show up without a reload; TanStack Query pauses the interval while the browser tab is hidden. */
export const pollInterval = 15_000;

export function useTaskCounts() {
  return useQuery({
    queryKey: taskKeys.counts(),
    queryFn: ({ signal }) => getCounts(signal),
    refetchInterval: pollInterval,
  });
}

export function useTaskList(queue: Queue, filters: TaskFilters) {
  return useInfiniteQuery({
    queryKey: taskKeys.list(queue, filters),
    queryFn: ({ pageParam, signal }) => listTasks(queue, filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next ?? undefined,
    refetchInterval: pollInterval,
  });
}

export function useTask(id: string) {
  return useQuery({ queryKey: taskKeys.detail(id), queryFn: ({ signal }) => getTask(id, signal) });
}

export type TaskAction = 'claim' | 'release';

/**
 * Claim and release for a list row or the task page. A 409 means someone else moved first: the caller shows
 * `conflict`, and every task query is refreshed so the screen shows who has it now.
 */
export function useTaskAction() {
  const client = useQueryClient();
  const [conflict, setConflict] = useState(false);
  const mutation = useMutation({
    mutationFn: ({ action, task }: { action: TaskAction; task: Pick<Task, 'id' | 'revision'> }) =>
      action === 'claim' ? claimTask(task) : releaseTask(task),
    onMutate: () => setConflict(false),
    onSuccess: (task) => client.setQueryData(taskKeys.detail(task.id), task),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) setConflict(true);
    },
    onSettled: () => client.invalidateQueries({ queryKey: taskKeys.all }),
  });
  const error = mutation.error instanceof ApiError && mutation.error.status === 409 ? null : mutation.error;
  return {
    run: (action: TaskAction, task: Pick<Task, 'id' | 'revision'>) => mutation.mutate({ action, task }),
    pendingId: mutation.isPending ? mutation.variables?.task.id : undefined,
    conflict,
    error,
  };
}
