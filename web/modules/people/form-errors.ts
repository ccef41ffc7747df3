import type { FieldErrorSink } from '../../app/problems';

/** Every field path of a form's values: `email`, `education`, `education.0.institution`, … */
function paths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = `${prefix}${key}`;
    return [path, ...paths(inner, `${path}.`)];
  });
}

/**
 * Lets `reportError` put the server's field errors on one or more forms, rows included
 * (`education.0.institution`): each error lands on the form that has that field.
 */
export function fieldErrorSink(...forms: FieldErrorSink[]): FieldErrorSink {
  return {
    getValues: () => Object.fromEntries(forms.flatMap((f) => paths(f.getValues())).map((p) => [p, true])),
    setErrors: (errors) => {
      for (const form of forms) {
        const own = new Set(paths(form.getValues()));
        const mine = Object.entries(errors).filter(([field]) => own.has(field));
        if (mine.length > 0) form.setErrors(Object.fromEntries(mine));
      }
    },
  };
}
