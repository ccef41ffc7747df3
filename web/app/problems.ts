import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import { ApiError } from './api-client';

/** The part of a Mantine form the error reporter needs. */
export type FieldErrorSink = {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
};

/** A sentence for an error that carries no translated problem (network down, proxy page). */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.problem) return error.problem.detail ?? error.problem.title;
    if (error.status === 0) return i18next.t('common:errors.network');
    return i18next.t('common:errors.unexpected', { status: error.status });
  }
  return i18next.t('common:errors.unexpected', { status: '—' });
}

/**
 * Show a failed request to the person: the server's translated title and detail in a notification,
 * and each field error on the form input with the same name (names equal the JSON body keys).
 */
export function reportError(error: unknown, form?: FieldErrorSink): void {
  const problem = error instanceof ApiError ? error.problem : null;
  const fieldErrors = problem?.errors ?? [];
  const known = new Set(form ? Object.keys(form.getValues()) : []);
  const onForm = fieldErrors.filter((e) => known.has(e.field));
  const elsewhere = fieldErrors.filter((e) => !known.has(e.field));
  if (form && onForm.length > 0) form.setErrors(Object.fromEntries(onForm.map((e) => [e.field, e.message])));
  const lines = [problem ? (problem.detail ?? '') : errorMessage(error), ...elsewhere.map((e) => e.message)];
  notifications.show({
    color: 'red',
    title: problem?.title ?? i18next.t('common:errors.title'),
    message: lines.filter(Boolean).join(' ') || i18next.t('common:errors.title'),
    autoClose: 8000,
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message, autoClose: 4000 });
}
