import type {
  ConflictError,
  Message,
  Note,
  Permission,
  ReplyResult,
  TeamMember,
  Ticket,
  TicketPatch,
  TicketQuery,
  ValidationError,
  StatusFilter,
} from '@ticketkit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { describe, expectTypeOf, it } from 'vitest';
import {
  ticketKeys,
  ticketListOptions,
  useCan,
  useNoteComposer,
  useReplyComposer,
  useSelectedTicket,
  useTeamMembers,
  useTicket,
  useTicketActions,
  useTicketList,
  useTicketMessages,
  useTicketNotes,
  useTicketsContext,
  type TicketQuerySource,
} from './index';

describe('hook return types', () => {
  it('list', () => {
    const list = useTicketList();
    expectTypeOf(list.tickets).toEqualTypeOf<Ticket[]>();
    expectTypeOf(list.query).toEqualTypeOf<TicketQuery>();
    expectTypeOf(list.total).toEqualTypeOf<number>();
    expectTypeOf(list.pageCount).toEqualTypeOf<number>();
    expectTypeOf(list.searchInput).toEqualTypeOf<string>();
    expectTypeOf(list.error).toEqualTypeOf<ValidationError | null>();
    expectTypeOf(list.setStatus).parameter(0).toEqualTypeOf<StatusFilter>();
    expectTypeOf(list.isFetching).toEqualTypeOf<boolean>();
  });

  it('queries', () => {
    expectTypeOf(useTicket('TK-1')).toEqualTypeOf<UseQueryResult<Ticket, Error>>();
    expectTypeOf(useTicketMessages('TK-1').data).toEqualTypeOf<Message[] | undefined>();
    expectTypeOf(useTicketNotes('TK-1').data).toEqualTypeOf<Note[] | undefined>();
    expectTypeOf(useTeamMembers().data).toEqualTypeOf<TeamMember[] | undefined>();
    expectTypeOf(useCan('reply', null)).toEqualTypeOf<Permission>();
    expectTypeOf(useSelectedTicket()).toEqualTypeOf<[string | null, (ticketId: string | null) => void]>();
  });

  it('actions and composers', () => {
    const actions = useTicketActions('TK-1');
    expectTypeOf(actions.setStatus).returns.toEqualTypeOf<Promise<Ticket | undefined>>();
    expectTypeOf(actions.conflict).toEqualTypeOf<{ error: ConflictError; patch: TicketPatch } | null>();
    expectTypeOf(useReplyComposer('TK-1').submit).returns.toEqualTypeOf<Promise<ReplyResult | undefined>>();
    expectTypeOf(useNoteComposer('TK-1').submit).returns.toEqualTypeOf<Promise<Note | undefined>>();
    expectTypeOf(useNoteComposer('TK-1').draft).toEqualTypeOf<string>();
  });

  it('keys and options share one cache', () => {
    const source: TicketQuerySource = useTicketsContext();
    const request = { ...({} as TicketQuery), timeZone: 'UTC' };
    const options = ticketListOptions(source, request);
    expectTypeOf(options.queryKey).toMatchTypeOf<readonly unknown[]>();
    expectTypeOf(ticketKeys.detail('u1', 'TK-1')).toEqualTypeOf<readonly ['ticketkit', string, 'ticket', string]>();
    // @ts-expect-error a ticket ID is required
    ticketKeys.detail('u1');
  });
});
