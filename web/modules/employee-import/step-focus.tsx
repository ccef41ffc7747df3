import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A step's content, focused when the person arrives at it from another step, so that keyboard and
 * screen-reader users continue at the new content rather than on a button that disappeared.
 */
export function StepFocus({
  focus,
  label,
  children,
}: {
  focus: boolean;
  label: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <section ref={ref} tabIndex={-1} aria-label={label} style={{ outline: 'none' }}>
      {children}
    </section>
  );
}
