import { checkBody, type Message, type Note, type ReplyResult } from '@ticketkit/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { appendOnce, writeTicket } from './cache';
import { useTicketsContext } from './context';
import { draftKey, readDraft, subscribeToDrafts, writeDraft, type DraftKind } from './draft-storage';
import { ticketKeys } from './keys';

/** A text composer whose draft survives a failed send, closing the ticket and reloading the page. */
export interface Composer<TResult> {
  /** The text being written. */
  draft: string;
  setDraft(text: string): void;
  /** Sends the draft. Resolves to the result, or `undefined` when it was refused (the draft is kept). */
  submit(): Promise<TResult | undefined>;
  /** Sends the last refused text again. */
  retry(): Promise<TResult | undefined>;
  isPending: boolean;
  /** Why the last send failed; the draft is still there. */
  error: Error | null;
  /** Forgets the error. */
  reset(): void;
}

/** @internal The composer logic shared by replies and notes. */
function useComposer<TResult>(
  kind: DraftKind,
  ticketId: string,
  send: (body: string) => Promise<TResult>,
  onSent: (result: TResult) => void,
): Composer<TResult> {
  const { scope } = useTicketsContext();
  const key = draftKey(kind, scope, ticketId);
  // An external store, so two composers of one ticket agree and a server render (no storage) hydrates cleanly.
  const draft = useSyncExternalStore(subscribeToDrafts, () => readDraft(key), () => '');
  const setDraft = useCallback((text: string) => writeDraft(key, text), [key]);

  const [lastBody, setLastBody] = useState<string | null>(null);
  const [checkError, setCheckError] = useState<Error | null>(null);
  const mutation = useMutation<TResult, Error, { body: string; key: string }>({
    mutationFn: ({ body }) => send(body),
    onSuccess: (result, { body, key: sentKey }) => {
      onSent(result);
      setLastBody(null);
      // Clear only what was sent: text typed while sending stays.
      if (readDraft(sentKey) === body) writeDraft(sentKey, '');
    },
  });

  const { mutateAsync, reset: resetMutation } = mutation;
  const sendBody = useCallback(
    async (body: string) => {
      setCheckError(null);
      try {
        checkBody(body);
      } catch (error) {
        setCheckError(error as Error);
        return undefined;
      }
      setLastBody(body);
      return mutateAsync({ body, key }).catch(() => undefined);
    },
    [mutateAsync, key],
  );

  const submit = useCallback(() => sendBody(draft), [sendBody, draft]);
  const retry = useCallback(() => sendBody(lastBody ?? draft), [sendBody, lastBody, draft]);
  const reset = useCallback(() => {
    resetMutation();
    setCheckError(null);
  }, [resetMutation]);

  return useMemo(
    () => ({ draft, setDraft, submit, retry, isPending: mutation.isPending, error: checkError ?? mutation.error, reset }),
    [draft, setDraft, submit, retry, mutation.isPending, checkError, mutation.error, reset],
  );
}

/** The reply composer of a ticket: a sent reply joins the conversation and updates the ticket. */
export function useReplyComposer(ticketId: string): Composer<ReplyResult> {
  const { adapter, scope } = useTicketsContext();
  const client = useQueryClient();
  return useComposer<ReplyResult>(
    'reply',
    ticketId,
    (body) => adapter.sendReply(ticketId, { body }),
    (result) => {
      appendOnce<Message>(client, ticketKeys.messages(scope, ticketId), result.message);
      writeTicket(client, scope, result.ticket);
      // The reply may move the ticket in a list (last update). A live adapter says so itself, with its events.
      if (!adapter.subscribe) void client.invalidateQueries({ queryKey: ticketKeys.lists(scope) });
    },
  );
}

/** The internal-note composer of a ticket: notes stay with the team, never in the conversation. */
export function useNoteComposer(ticketId: string): Composer<Note> {
  const { adapter, scope } = useTicketsContext();
  const client = useQueryClient();
  return useComposer<Note>(
    'note',
    ticketId,
    (body) => adapter.addNote(ticketId, { body }),
    (note) => {
      appendOnce<Note>(client, ticketKeys.notes(scope, ticketId), note);
      // A note bumps the ticket's version on the backend, and `addNote` answers with the note alone. A live adapter
      // pushes the new version (`ticket.updated`); without one, refetch the ticket so the next change carries it
      // rather than turning into a conflict.
      if (!adapter.subscribe) void client.invalidateQueries({ queryKey: ticketKeys.detail(scope, ticketId) });
    },
  );
}
