import { useEffect, useState } from 'react';
import { hotlineApi, type RepeatCaller } from './api';

const pause = 300;

/** Asks for the caller's earlier contacts once typing pauses; the number is kept in this component only. */
export function useRepeatCaller(number: string): RepeatCaller | undefined {
  const [repeat, setRepeat] = useState<RepeatCaller | undefined>(undefined);
  useEffect(() => {
    const digits = number.replace(/\D/g, '');
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        if (digits.length < 6) {
          setRepeat(undefined);
          return;
        }
        hotlineApi.repeatCaller(number, controller.signal).then(setRepeat, () => undefined);
      },
      digits.length < 6 ? 0 : pause,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [number]);
  return repeat;
}
