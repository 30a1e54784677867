import { defineTicketModel } from '../model';

/**
 * A host's ticket model unlike the seed's, for demos, stories and tests: a "Pending customer" status (waiting on the
 * end user), priorities P4 (lowest) to P1, an order number that filters and sorts, a plan, tags and a refund link.
 * `generateTicketData({ model: sampleHostModel })` makes data for it.
 */
export const sampleHostModel = defineTicketModel({
  statuses: [
    { id: 'new', label: 'New', category: 'active' },
    { id: 'working', label: 'Working', category: 'active' },
    { id: 'pending_customer', label: 'Pending customer', category: 'waiting' },
    { id: 'solved', label: 'Solved', category: 'done' },
  ],
  priorities: [
    { id: 'p4', label: 'P4' },
    { id: 'p3', label: 'P3' },
    { id: 'p2', label: 'P2' },
    { id: 'p1', label: 'P1' },
  ],
  fields: [
    { id: 'orderId', label: 'Order', type: 'number', filterable: true, sortable: true },
    {
      id: 'plan',
      label: 'Plan',
      type: 'choice',
      options: [
        { id: 'free', label: 'Free' },
        { id: 'pro', label: 'Pro' },
        { id: 'enterprise', label: 'Enterprise' },
      ],
      editable: true,
      filterable: true,
      sortable: true,
    },
    {
      id: 'tags',
      label: 'Tags',
      type: 'multichoice',
      options: [
        { id: 'vip', label: 'VIP' },
        { id: 'refund', label: 'Refund' },
        { id: 'bug', label: 'Bug' },
        { id: 'shipping', label: 'Shipping' },
      ],
      editable: true,
      filterable: true,
    },
    { id: 'orderUrl', label: 'Order page', type: 'url' },
  ],
});
