import { addDays, checkTimeZone, startOfDayIn } from '../dates';
import { ValidationError } from '../errors';
import { isCalendarDay } from '../query';
import { utcTime } from '../utc-time';
import { MAX_INSIGHTS_DAYS, type InsightsRequest } from './types';

/** An insights request checked and turned into instants. */
export interface ResolvedInsightsRequest {
  createdFrom: string;
  createdTo: string;
  timeZone: string;
  assistantId: string | null;
  previousFrom: string;
  previousTo: string;
  /** Every day of the range, in order. */
  days: string[];
  /** The first instant of each day of the range and of the day after it (`days.length + 1` entries). */
  dayStarts: number[];
  /** First instant of the previous period. */
  previousStart: number;
}

function dayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Math.round(utcTime(year, month, date) / 86_400_000);
}

/**
 * Checks an insights request: both days, in order, at most {@link MAX_INSIGHTS_DAYS} apart, a known time zone, an
 * assistant ID that is text. @throws ValidationError naming the field.
 */
export function resolveInsightsRequest(request: InsightsRequest): ResolvedInsightsRequest {
  if (typeof request !== 'object' || request === null) throw new ValidationError('request', 'expected an insights request');
  for (const field of ['createdFrom', 'createdTo'] as const) {
    const value = request[field];
    if (typeof value !== 'string' || !isCalendarDay(value)) {
      throw new ValidationError(field, `expected a calendar day as YYYY-MM-DD, got ${JSON.stringify(value)}`);
    }
  }
  const { createdFrom, createdTo } = request;
  const length = dayNumber(createdTo) - dayNumber(createdFrom) + 1;
  if (length < 1) throw new ValidationError('createdTo', `the range ends (${createdTo}) before it starts (${createdFrom})`);
  if (length > MAX_INSIGHTS_DAYS) throw new ValidationError('createdTo', `the range is ${length} days long; at most ${MAX_INSIGHTS_DAYS} are allowed`);
  const timeZone = checkTimeZone(request.timeZone || 'UTC');
  const assistantId = request.assistantId ?? null;
  if (assistantId !== null && (typeof assistantId !== 'string' || assistantId === '' || assistantId.length > 200)) {
    throw new ValidationError('assistantId', `expected an assistant ID, got ${JSON.stringify(assistantId)}`);
  }
  const days = Array.from({ length }, (_, i) => addDays(createdFrom, i));
  const dayStarts = [...days, addDays(createdTo, 1)].map((day) => startOfDayIn(day, timeZone));
  const previousFrom = addDays(createdFrom, -length);
  return {
    createdFrom,
    createdTo,
    timeZone,
    assistantId,
    previousFrom,
    previousTo: addDays(createdFrom, -1),
    days,
    dayStarts,
    previousStart: startOfDayIn(previousFrom, timeZone),
  };
}
