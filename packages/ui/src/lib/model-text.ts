import { DEFAULT_PRIORITIES, DEFAULT_STATUSES, type FieldDefinition, type StatusCategory, type TicketModel } from '@ticketkit/core';
import { useTicketModel } from '@ticketkit/react';
import { useMemo } from 'react';
import type { TicketsUIMessages } from '../messages/messages';

/** The seed's priority levels, lowest first: what a host priority's colour follows, by its rank. */
export type PriorityLevel = 'low' | 'normal' | 'high' | 'urgent';

/** How the UI names and colours the model's statuses, priorities, fields and options. */
export interface ModelText {
  model: TicketModel;
  /** The words for a status: the messages' for the seed's statuses (so they translate), else the model's label. */
  status(id: string): string;
  priority(id: string): string;
  /** The category a status's colour follows (`active` for one the model does not have). */
  category(id: string): StatusCategory;
  /** The seed level a priority's colour follows, by its rank in the model. */
  level(id: string): PriorityLevel;
  /** The label of a choice field's option, or the ID itself for one the model does not have. */
  option(field: FieldDefinition, id: string): string;
}

const LEVELS: readonly PriorityLevel[] = ['low', 'normal', 'high', 'urgent'];
const isSeedStatus = (id: string, label: string) => DEFAULT_STATUSES.some((s) => s.id === id && s.label === label);
const isSeedPriority = (id: string, label: string) => DEFAULT_PRIORITIES.some((p) => p.id === id && p.label === label);

/** The names and colours of the model's values under `messages`. */
export function modelText(model: TicketModel, messages: TicketsUIMessages): ModelText {
  const statusWords = messages.common.status as Record<string, string | undefined>;
  const priorityWords = messages.common.priority as Record<string, string | undefined>;
  const last = Math.max(1, model.priorities.length - 1);
  return {
    model,
    status(id) {
      const status = model.status(id);
      if (!status) return statusWords[id] ?? id;
      return (isSeedStatus(status.id, status.label) ? statusWords[id] : undefined) ?? status.label;
    },
    priority(id) {
      const priority = model.priority(id);
      if (!priority) return priorityWords[id] ?? id;
      return (isSeedPriority(priority.id, priority.label) ? priorityWords[id] : undefined) ?? priority.label;
    },
    category: (id) => model.categoryOf(id) ?? 'active',
    level(id) {
      const rank = model.priorityRank(id);
      return rank < 0 ? 'normal' : LEVELS[Math.round((rank * (LEVELS.length - 1)) / last)]!;
    },
    option: (field, id) => field.options?.find((option) => option.id === id)?.label ?? id,
  };
}

/** `modelText` for the provider's model. */
export function useModelText(messages: TicketsUIMessages): ModelText {
  const model = useTicketModel();
  return useMemo(() => modelText(model, messages), [model, messages]);
}
