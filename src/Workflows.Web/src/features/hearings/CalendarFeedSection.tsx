import { useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { getCalendarFeed, legalKeys, rotateCalendarFeed } from './api';

type CopyState = 'idle' | 'copied' | 'manual';

/** The personal .ics address: its token is the only credential, so it is shown here and nowhere else. */
export function CalendarFeedSection() {
  const { t } = useTranslation('legal');
  const client = useQueryClient();
  const feed = useQuery({ queryKey: legalKeys.feed, queryFn: ({ signal }) => getCalendarFeed(signal), staleTime: Infinity });
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const [confirming, setConfirming] = useState(false);
  const rotate = useMutation({
    mutationFn: rotateCalendarFeed,
    onSuccess: (data) => {
      client.setQueryData(legalKeys.feed, data);
      setConfirming(false);
      setCopy('idle');
    },
  });

  async function copyUrl() {
    const url = feed.data?.url;
    if (!url) return;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      // Without clipboard access (an insecure origin, a refused permission) the text is selected for Ctrl+C.
      input.current?.focus();
      input.current?.select();
      setCopy('manual');
    }
  }

  return (
    <section className="card legal-feed" aria-labelledby="legal-feed-title">
      <h2 id="legal-feed-title">{t('feed.title')}</h2>
      <p>{t('feed.explain')}</p>
      {feed.isPending && <p className="muted">{t('loading')}</p>}
      <ErrorMessage error={feed.error} />
      {feed.data && (
        <>
          <div className="row legal-feed-row">
            <label className="field legal-feed-url">
              <span>{t('feed.url')}</span>
              <input ref={input} value={feed.data.url} readOnly onFocus={(e) => e.currentTarget.select()} spellCheck={false} />
            </label>
            <button type="button" className="primary" onClick={() => void copyUrl()}>
              {t('feed.copy')}
            </button>
          </div>
          <p role="status" className={copy === 'copied' ? 'legal-copied' : 'muted'}>
            {copy === 'copied' && (
              <>
                <span aria-hidden="true">✓ </span>
                {t('feed.copied')}
              </>
            )}
            {copy === 'manual' && t('feed.copyManually')}
          </p>
          {!confirming ? (
            <button type="button" onClick={() => setConfirming(true)}>
              {t('feed.rotate')}
            </button>
          ) : (
            <div className="stack legal-form" role="group" aria-labelledby="legal-rotate-title">
              <h3 id="legal-rotate-title">{t('feed.rotateConfirmTitle')}</h3>
              <p>{t('feed.rotateConfirm')}</p>
              <ErrorMessage error={rotate.error} />
              <div className="row">
                <button type="button" className="danger" onClick={() => rotate.mutate()} disabled={rotate.isPending}>
                  {t('feed.rotateYes')}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('back')}
                </button>
              </div>
            </div>
          )}
          {rotate.isSuccess && !confirming && <p role="status">{t('feed.rotated')}</p>}
        </>
      )}
    </section>
  );
}
