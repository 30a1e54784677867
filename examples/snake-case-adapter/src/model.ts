import { defineTicketModel } from '@ticketkit/core';

/**
 * The helpdesk's own ticket model, told to ticketkit once: its states as they are (no renaming), its urgency 1–4 as
 * priorities lowest first, and its order number as a custom field the team can filter on.
 */
export const helpdeskModel = defineTicketModel({
  statuses: [
    { id: 'new', label: 'New', category: 'active' },
    { id: 'pending', label: 'Pending', category: 'waiting' },
    { id: 'solved', label: 'Solved', category: 'done' },
  ],
  priorities: [
    { id: '1', label: 'Low' },
    { id: '2', label: 'Normal' },
    { id: '3', label: 'High' },
    { id: '4', label: 'Critical' },
  ],
  fields: [{ id: 'orderNumber', label: 'Order', type: 'text', filterable: true }],
});
