import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/** A list filter kept in the address (shareable, survives reload and the back button). */
export function useUrlParam(key: string): [string, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(key) ?? '';
  const setValue = useCallback(
    (next: string | null) => {
      setParams(
        (prev) => {
          const copy = new URLSearchParams(prev);
          if (next) copy.set(key, next);
          else copy.delete(key);
          return copy;
        },
        { replace: true },
      );
    },
    [key, setParams],
  );
  return [value, setValue];
}

/** A search box: typed text shows at once, the address (and so the query) follows after a pause. */
export function useUrlSearch(key = 'q'): { text: string; setText: (v: string) => void; query: string } {
  const [query, setQuery] = useUrlParam(key);
  const [text, setText] = useState(query);
  const [debounced] = useDebouncedValue(text, 300);
  useEffect(() => {
    if (debounced.trim() !== query) setQuery(debounced.trim() || null);
  }, [debounced, query, setQuery]);
  return { text, setText, query };
}
