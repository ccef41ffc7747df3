/** The database's own message for a failed statement (Drizzle wraps the driver's error as its cause). */
export async function databaseError(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (err) {
    return String((err as { cause?: Error }).cause?.message ?? (err as Error).message);
  }
  return 'no error';
}
