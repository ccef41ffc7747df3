import { useMutation } from '@tanstack/react-query';
import { reportError } from './problems';

/** A change that refreshes what shows it before saying it is done; a refusal is reported. */
export function useRefreshingMutation<T>(
  run: (input: T) => Promise<unknown>,
  refresh: () => Promise<unknown>,
  onDone: () => void,
) {
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await refresh();
      onDone();
    },
    onError: (error) => reportError(error),
  });
}
