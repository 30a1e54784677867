import type { MemoryData } from '@ticketkit/core/memory';

const LONG_WORD = 'Supercalifragilisticexpialidocious-unbreakable-identifier-0123456789';

/** Makes every tenth ticket's texts very long (subject, requester name and e-mail), to check wrapping and clamping. */
export function withLongTexts(data: MemoryData): MemoryData {
  return {
    ...data,
    tickets: data.tickets.map((ticket, index) =>
      index % 10 !== 0
        ? ticket
        : {
            ...ticket,
            subject: `${ticket.subject} — ${'the assistant kept repeating the same answer about the invoice and the refund '.repeat(4)}${LONG_WORD}`,
            requester: {
              ...ticket.requester,
              name: `${ticket.requester.name} Maximiliana Wolfeschlegelsteinhausenbergerdorff`,
              email: `${LONG_WORD.toLowerCase()}.${ticket.requester.email}`,
            },
          },
    ),
  };
}
