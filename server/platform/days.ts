/** Calendar days as ISO strings (YYYY-MM-DD), counted in UTC like the dates the database keeps. */
export const today = () => new Date().toISOString().slice(0, 10);

export const addDays = (day: string, days: number) =>
  new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
