import { DEFAULT_PRIORITIES, DEFAULT_STATUSES, type FieldDefinition, type StatusCategory, type TicketModel } from '@ticketkit/core';
import { useTicketModel } from '@ticketkit/react';
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

/** Built once per model and messages: a list renders a status and a priority in each of its rows. */
const built = new WeakMap<TicketModel, WeakMap<TicketsUIMessages, ModelText>>();

/** The names and colours of the model's values under `messages` (the same object for the same two). */
export function modelText(model: TicketModel, messages: TicketsUIMessages): ModelText {
  let byMessages = built.get(model);
  if (!byMessages) built.set(model, (byMessages = new WeakMap()));
  let text = byMessages.get(messages);
  if (!text) byMessages.set(messages, (text = buildModelText(model, messages)));
  return text;
}

function buildModelText(model: TicketModel, messages: TicketsUIMessages): ModelText {
  const statusWords = messages.common.status as Record<string, string | undefined>;
  const priorityWords = messages.common.priority as Record<string, string | undefined>;
  // The messages' words for the seed's own statuses and priorities (same ID and label), so they translate; a host's
  // own keep their labels.
  const statusNames = new Map(
    model.statuses.map((status) => {
      const seed = DEFAULT_STATUSES.some((s) => s.id === status.id && s.label === status.label);
      return [status.id, (seed ? statusWords[status.id] : undefined) ?? status.label];
    }),
  );
  const priorityNames = new Map(
    model.priorities.map((priority) => {
      const seed = DEFAULT_PRIORITIES.some((p) => p.id === priority.id && p.label === priority.label);
      return [priority.id, (seed ? priorityWords[priority.id] : undefined) ?? priority.label];
    }),
  );
  const last = Math.max(1, model.priorities.length - 1);
  const levels = new Map(model.priorities.map((priority) => [priority.id, LEVELS[Math.round((model.priorityRank(priority.id) * (LEVELS.length - 1)) / last)]!]));
  return {
    model,
    status: (id) => statusNames.get(id) ?? statusWords[id] ?? id,
    priority: (id) => priorityNames.get(id) ?? priorityWords[id] ?? id,
    category: (id) => model.categoryOf(id) ?? 'active',
    level: (id) => levels.get(id) ?? 'normal',
    option: (field, id) => field.options?.find((option) => option.id === id)?.label ?? id,
  };
}

/** `modelText` for the provider's model. */
export function useModelText(messages: TicketsUIMessages): ModelText {
  const model = useTicketModel();
  return modelText(model, messages);
}
