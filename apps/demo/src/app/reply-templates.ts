import type { ReplyTemplate } from '@ticketkit/ui';

/** The support team's saved replies: offered in the composer's menu and by typing "/" at the start of a line. */
export const REPLY_TEMPLATES: readonly ReplyTemplate[] = [
  {
    id: 'greeting',
    name: 'Greeting',
    body: 'Hi {{requester.firstName}},\n\nthanks for getting in touch. I have taken over from {{assistant.name}} and am looking into {{ticket.id}} now.\n\n{{viewer.name}}',
  },
  {
    id: 'refund-sent',
    name: 'Refund sent',
    body: 'Hi {{requester.firstName}},\n\nyour refund for {{ticket.id}} is on its way; it shows on your statement within 5 business days.\n\n{{viewer.name}}',
  },
  {
    id: 'need-details',
    name: 'Need more details',
    body: 'Hi {{requester.name}},\n\ncould you send us a screenshot of what you see, and the time it happened? That helps us find it quickly.',
  },
  {
    id: 'closing',
    name: 'Closing',
    body: 'Glad we could sort this out, {{requester.firstName}}. I am closing {{ticket.id}}; reply to this message any time to reopen it.',
  },
  { id: 'escalate', name: 'Escalate to billing', body: 'Escalated to billing: {{requester.email}} asks about {{ticket.subject}}.', mode: 'note' },
];
