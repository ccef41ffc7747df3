import { notifySuccess } from '../../app/problems';

/** What a dialog does once its request has succeeded: say so, then close. */
export function succeeded(message: string, onClose: () => void): () => void {
  return () => {
    notifySuccess(message);
    onClose();
  };
}
