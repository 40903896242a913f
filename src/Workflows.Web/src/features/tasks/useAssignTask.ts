import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { assignTask, getCaseTeam, releaseTask, taskKeys, type Task } from './api';

/** The team of the task's case; only fetched when `enabled` (the assign control is shown). */
export function useCaseTeam(caseId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: taskKeys.caseTeam(caseId ?? ''),
    queryFn: ({ signal }) => getCaseTeam(caseId ?? '', signal),
    enabled: enabled && !!caseId,
    staleTime: 60_000,
  });
}

/**
 * Assign (userId) or unassign (null) a task. On success the task and every queue are refreshed; a 409 means someone
 * changed the task first: `conflict` is set and the task is reloaded so the page shows who holds it now.
 */
export function useAssignTask() {
  const client = useQueryClient();
  const [conflict, setConflict] = useState(false);
  const mutation = useMutation({
    mutationFn: ({ task, userId }: { task: Pick<Task, 'id' | 'revision'>; userId: string | null }) =>
      userId ? assignTask(task, userId) : releaseTask(task),
    onMutate: () => setConflict(false),
    onSuccess: (task) => client.setQueryData(taskKeys.detail(task.id), task),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) setConflict(true);
    },
    onSettled: () => client.invalidateQueries({ queryKey: taskKeys.all }),
  });
  const error = mutation.error instanceof ApiError && mutation.error.status === 409 ? null : mutation.error;
  return {
    assign: (task: Pick<Task, 'id' | 'revision'>, userId: string | null) => mutation.mutate({ task, userId }),
    pending: mutation.isPending,
    /** Which way the last call went, so a success can be announced. */
    lastUserId: mutation.isSuccess ? mutation.variables.userId : undefined,
    conflict,
    error,
  };
}
