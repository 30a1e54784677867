import type { TicketListState } from '@ticketkit/react';
import type { TicketInsightsMessages } from '../messages/insights';
import type { FilterFields } from '../state/filters';

/** A removable chip of the filter summary. */
interface Chip {
  key: string;
  label: string;
  remove: () => void;
}

/**
 * The chips of the filters an insights link sets (an assistant, a recurring issue's key phrase, a handoff question's),
 * so a list opened from the insights says what it shows and each filter can be taken off. The assistant is named by
 * `assistantName` when known (the query holds only its ID).
 */
export function insightChips(state: FilterFields & Pick<TicketListState, 'setQuery'>, text: TicketInsightsMessages, assistantName?: string): Chip[] {
  const chips: Chip[] = [];
  if (state.assistant) chips.push({ key: 'assistant', label: text.chipAssistant(assistantName ?? state.assistant), remove: () => state.setQuery({ assistant: null }) });
  if (state.topic) chips.push({ key: 'topic', label: text.chipTopic(state.topic), remove: () => state.setQuery({ topic: null }) });
  if (state.handoffTopic) {
    chips.push({ key: 'handoffTopic', label: text.chipHandoffTopic(state.handoffTopic), remove: () => state.setQuery({ handoffTopic: null }) });
  }
  return chips;
}
