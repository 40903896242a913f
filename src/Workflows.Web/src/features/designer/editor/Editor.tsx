import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import { ReactFlowProvider, useReactFlow, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { afterDraftSaved, afterPublished, publishDefinition, saveDraft, type DefinitionDetails } from '../api';
import type { WorkflowDefinition } from '../model/definition';
import { descriptorMap, type ActivityType } from '../model/descriptors';
import * as edit from '../model/editorState';
import type { ActivityNode, ConnectionEdge } from '../model/graph';
import { exportText, parseDefinitionText } from '../model/importFile';
import { PropertyPanel } from '../panel/PropertyPanel';
import { Canvas } from './Canvas';
import { DescriptorsContext, ProblemStore, ProblemStoreContext, useProblemIndex } from './designerContext';
import { Palette } from './Palette';
import { ProblemList } from './ProblemList';
import { useEditorKeys } from './useEditorKeys';
import { useValidation } from './useValidation';

type Reducer = (state: edit.EditorState, action: (state: edit.EditorState) => edit.EditorState) => edit.EditorState;
const reducer: Reducer = (state, action) => action(state);
// A named type: the React Compiler cannot keep the memoization of a callback whose parameter is typed inline with `typeof`.
type ActivityUpdate = Parameters<typeof edit.updateActivity>[2];

interface EditorProps {
  definition: WorkflowDefinition;
  details: DefinitionDetails | null;
  types: ActivityType[];
}

export function Editor(props: EditorProps) {
  return (
    <ReactFlowProvider>
      <EditorInner {...props} />
    </ReactFlowProvider>
  );
}

function EditorInner({ definition, details, types }: EditorProps) {
  const { t } = useTranslation('designer');
  const { t: tt } = useTranslation('texts');
  const queryClient = useQueryClient();
  const { screenToFlowPosition } = useReactFlow();
  const [state, dispatch] = useReducer(reducer, definition, edit.openDefinition);
  const [store] = useState(() => new ProblemStore());
  const descriptors = useMemo(() => descriptorMap(types), [types]);
  const present = state.present;
  const current = useMemo(() => edit.definitionOf(present), [present]);
  const validation = useValidation(current, store);
  const clipboard = useRef<edit.Clipboard | null>(null);
  const lastEdit = useRef<string | null>(null);
  const [saved, setSaved] = useState(() => JSON.stringify(definition));
  const [stored, setStored] = useState({ draft: details?.draftVersion ?? null, published: details?.publishedVersion ?? null, exists: !!details });
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmPublish, setConfirmPublish] = useState(false);
  const importInput = useRef<HTMLInputElement>(null);
  const dirty = JSON.stringify(current) !== saved;
  const selectedId = edit.selectedActivityId(state.present);

  const act = useCallback((action: (s: edit.EditorState) => edit.EditorState) => {
    lastEdit.current = null;
    dispatch(action);
  }, []);

  const onNodesChange = useCallback((changes: NodeChange<ActivityNode>[]) => dispatch((s) => edit.applyNodeChangesTo(s, changes)), []);
  const onEdgesChange = useCallback((changes: EdgeChange<ConnectionEdge>[]) => dispatch((s) => edit.applyEdgeChangesTo(s, changes)), []);
  const onConnect = useCallback((c: Connection) => act((s) => edit.connect(s, c)), [act]);
  const onDragStart = useCallback(() => act(edit.checkpoint), [act]);
  const onDropActivity = useCallback((type: string, position: { x: number; y: number }) => act((s) => edit.addActivity(s, type, position).state), [act]);
  const addInView = useCallback(
    (type: string) => {
      const pane = document.querySelector('.designer-canvas')?.getBoundingClientRect();
      const center = pane ? screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }) : { x: 0, y: 0 };
      act((s) => {
        // Several additions in a row fan out instead of stacking on one spot.
        const offset = (s.present.nodes.length % 5) * 30;
        return edit.addActivity(s, type, { x: Math.round(center.x - 100 + offset), y: Math.round(center.y - 40 + offset) }).state;
      });
    },
    [act, screenToFlowPosition],
  );
  const select = useCallback((id: string) => act((s) => edit.selectOnly(s, id)), [act]);

  const actions = useMemo(
    () => ({
      copy: () => {
        clipboard.current = edit.copySelection(state);
      },
      paste: () => clipboard.current && act((s) => edit.paste(s, clipboard.current!)),
      undo: () => act(edit.undoEdit),
      redo: () => act(edit.redoEdit),
      remove: () => act(edit.deleteSelection),
    }),
    [state, act],
  );
  useEditorKeys(actions);

  /** Typing into one field is one undo step, not one per key. */
  const updateActivity = useCallback((id: string, field: string, update: ActivityUpdate) => {
    const key = `${id}\u0000${field}`;
    const coalesce = lastEdit.current === key;
    lastEdit.current = key;
    dispatch((s) => (coalesce ? { ...s, present: edit.updateActivity(s, id, update).present } : edit.updateActivity(s, id, update)));
  }, []);
  const renameActivity = useCallback((from: string, to: string) => act((s) => edit.renameActivity(s, from, to)), [act]);

  const saving = useMutation({
    mutationFn: saveDraft,
    onSuccess: (result, definition) => {
      setSaved(JSON.stringify(definition));
      setStored((s) => ({ ...s, draft: result.version, exists: true }));
      setNotice(t('lifecycle.saved', { version: result.version }));
      return afterDraftSaved(queryClient, definition.definitionId);
    },
  });
  const publishing = useMutation({
    mutationFn: publishDefinition,
    onSuccess: (result, definitionId) => {
      setStored((s) => ({ ...s, draft: null, published: result.version }));
      setNotice(t('lifecycle.published', { version: result.version }));
      return afterPublished(queryClient, definitionId);
    },
  });
  const busy = saving.isPending || publishing.isPending;

  // One message line for saving, publishing and importing, so the last thing that happened is what is shown.
  async function save(): Promise<boolean> {
    setError(null);
    setNotice(null);
    try {
      await saving.mutateAsync(current);
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  }

  async function publish() {
    setConfirmPublish(false);
    if ((dirty || stored.draft === null) && !(await save())) return;
    try {
      await publishing.mutateAsync(current.definitionId);
    } catch (e) {
      setError(e);
    }
  }

  function exportFile() {
    const blob = new Blob([exportText(current)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${current.definitionId}.workflow.json`;
    link.click();
    URL.revokeObjectURL(url);
  }

  async function importFile(file: File) {
    setError(null);
    setNotice(null);
    const parsed = parseDefinitionText(await file.text());
    if (importInput.current) importInput.current.value = '';
    if ('error' in parsed) {
      setError(new Error(t(`import.${parsed.error}`, { detail: parsed.detail ?? '' })));
      return;
    }
    if (parsed.definition.definitionId !== current.definitionId) {
      setError(new Error(t('import.otherId', { id: parsed.definition.definitionId, current: current.definitionId })));
      return;
    }
    act((s) => edit.replaceDefinition(s, parsed.definition));
    setNotice(t('import.replaced'));
  }

  const problemsLeft = validation.status !== 'valid';
  const nothingToPublish = !dirty && stored.draft === null && stored.exists;
  const id = encodeURIComponent(current.definitionId);

  return (
    <DescriptorsContext.Provider value={descriptors}>
      <ProblemStoreContext.Provider value={store}>
        <div className="designer-editor">
          <div className="designer-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
            <button type="button" onClick={actions.undo} disabled={!edit.canUndo(state)}>{t('toolbar.undo')}</button>
            <button type="button" onClick={actions.redo} disabled={!edit.canRedo(state)}>{t('toolbar.redo')}</button>
            <button type="button" onClick={actions.copy} disabled={!selectedId}>{t('toolbar.copy')}</button>
            <button type="button" onClick={actions.paste}>{t('toolbar.paste')}</button>
            <button type="button" onClick={actions.remove}>{t('toolbar.delete')}</button>
            <button type="button" onClick={() => act(edit.arrange)}>{t('toolbar.arrange')}</button>
            <span className="designer-toolbar-sep" />
            <button type="button" onClick={() => void save()} disabled={busy}>{t('lifecycle.save')}</button>
            <button type="button" className="primary" onClick={() => setConfirmPublish(true)} disabled={busy || problemsLeft || nothingToPublish} aria-describedby="designer-publish-note">
              {t('lifecycle.publish')}
            </button>
            <button type="button" onClick={exportFile}>{t('lifecycle.export')}</button>
            <label className="designer-file-button">
              <span>{t('lifecycle.import')}</span>
              <input ref={importInput} type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
            </label>
            <Link to={`/designer/${id}/versions`}>{t('lifecycle.versions')}</Link>
            <Link to={`/designer/${id}/simulate`}>{t('lifecycle.simulate')}</Link>
          </div>
          <p id="designer-publish-note" className="muted designer-status" role="status">
            {dirty ? t('lifecycle.unsaved') : stored.draft !== null ? t('lifecycle.draftSaved', { version: stored.draft }) : stored.exists ? t('lifecycle.upToDate') : t('lifecycle.notStored')}
            {' '}
            {validation.status === 'pending' && t('validation.checking')}
            {problemsLeft && validation.status !== 'pending' && t('validation.publishBlocked', { count: validation.count })}
            {validation.status === 'valid' && t('validation.valid')}
            {validation.status !== 'pending' && validation.untranslated > 0 && ` ${tt('validation.untranslated', { count: validation.untranslated })}`}
            {nothingToPublish && !problemsLeft && ` ${t('lifecycle.nothingToPublish')}`}
            {' '}
            {t('lifecycle.simulateHint')}
          </p>
          {notice && <p className="designer-notice" role="status">{notice}</p>}
          <ErrorMessage error={error} />
          {confirmPublish && (
            <div className="card designer-confirm" role="alertdialog" aria-labelledby="designer-confirm-text">
              <p id="designer-confirm-text">{t('lifecycle.confirmPublish', { version: (stored.published ?? 0) + 1 })}</p>
              <button type="button" className="primary" onClick={() => void publish()}>{t('lifecycle.confirm')}</button>
              <button type="button" onClick={() => setConfirmPublish(false)}>{t('lifecycle.cancel')}</button>
            </div>
          )}
          <div className="designer-workspace">
            <Palette types={types} onAdd={addInView} />
            <Canvas
              nodes={state.present.nodes}
              edges={state.present.edges}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              onConnect={onConnect}
              onDragStart={onDragStart}
              onDropActivity={onDropActivity}
            />
            <PropertyPanel
              graph={state.present}
              selectedId={selectedId}
              onUpdate={updateActivity}
              onRename={renameActivity}
              onDelete={actions.remove}
              onMeta={(update) => act((s) => edit.updateMeta(s, update))}
            />
          </div>
          <ProblemsSection onSelect={select} typeOf={(id) => state.present.nodes.find((n) => n.id === id)?.data.activity.type} />
        </div>
      </ProblemStoreContext.Provider>
    </DescriptorsContext.Provider>
  );
}

function ProblemsSection({ onSelect, typeOf }: { onSelect: (id: string) => void; typeOf: (activityId: string) => string | undefined }) {
  const { t } = useTranslation('designer');
  const index = useProblemIndex();
  return (
    <section className="designer-problems" aria-labelledby="designer-problems-heading">
      <h2 id="designer-problems-heading">{t('problems.title', { count: index.all.length })}</h2>
      {index.all.length === 0 ? <p className="muted">{t('problems.none')}</p> : <ProblemList problems={index.all} onSelect={onSelect} types={typeOf} />}
    </section>
  );
}
