import type { AdvicePack } from '../../../contracts/advisory-pack';
import type { Tx } from '../../db/client';
import { storedPack } from '../../packs/stored-pack';
import { addWorkingDays, type WorkingCalendar } from './working-days';

/** The advisory rules of a country: areas, the promised answer time and its working calendar. */
export async function advicePack(
  tx: Tx,
  countryCode: string,
): Promise<AdvicePack & { calendar: WorkingCalendar }> {
  const { advice } = await storedPack(tx, countryCode);
  return { ...advice, calendar: { holidays: advice.holidays } };
}

/** The due day of a fresh question (or a follow-up one): the full promised time from `day`. */
export const fullTerm = (advice: AdvicePack & { calendar: WorkingCalendar }, day: string) =>
  addWorkingDays(advice.calendar, day, advice.responseWorkingDays);
