import type { FaultOptions } from '@ticketkit/core/memory';
import type { FailureMode } from './settings';

/** Share of calls that fail in the "random" mode. */
export const RANDOM_FAILURE_RATE = 0.3;

/** The fault injector's options for the demo's latency and failure switches. */
export function faultOptions(latencyMs: number, failures: FailureMode): FaultOptions {
  const options: FaultOptions = latencyMs > 0 ? { latency: latencyMs } : {};
  switch (failures) {
    case 'writes':
      // Every write fails for sure, so a status change or a reply always shows its failure path.
      return { ...options, failMethods: { updateTicket: true, addNote: true, sendReply: true } };
    case 'all':
      return { ...options, failureRate: 1 };
    case 'random':
      return { ...options, failureRate: RANDOM_FAILURE_RATE };
    default:
      return options;
  }
}
