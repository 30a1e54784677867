import { checkBody, newIdempotencyKey, type Message, type Note, type ReplyResult, type TextInput } from '@ticketkit/core';
import { useMutationState, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { appendOnce, findCachedTicket, writeTicket } from './cache';
import { useTicketsContext } from './context';
import { draftKey, readDraft, subscribeToDrafts, writeDraft, type DraftKind } from './draft-storage';
import { ticketKeys, ticketWriteKeys } from './keys';
import { recordVersionStep, runWrite, ticketWriteScope } from './write';

/** A text composer whose draft survives a failed send, closing the ticket and reloading the page. */
export interface Composer<TResult> {
  /** The text being written. */
  draft: string;
  setDraft(text: string): void;
  /** Sends the draft. Resolves to the result, or `undefined` when it was refused (the draft is kept). */
  submit(): Promise<TResult | undefined>;
  /** Sends the last refused text again, with the same idempotency key: it is delivered at most once. */
  retry(): Promise<TResult | undefined>;
  /** A send of this ticket is on its way (or waiting for the write before it, or for the network). */
  isPending: boolean;
  /** Why the last send failed; the draft is still there. */
  error: Error | null;
  /** Forgets the error. */
  reset(): void;
}

/** What one send carries for its whole life. */
export interface SendVariables {
  /** The ticket it was written on. */
  ticketId: string;
  body: string;
  /** Made when send was pressed; a retry of this text sends it again, so the backend stores the text once. */
  idempotencyKey: string;
  /** Where the draft it came from is kept, to clear it once sent. */
  draftKey: string;
}

/** How one kind of text reaches the backend and the caches. Called with the ticket the text was written on. */
interface SendSpec<TResult> {
  send(ticketId: string, input: Required<TextInput>): Promise<TResult>;
  onSent(ticketId: string, result: TResult): void;
}

/** @internal The composer logic shared by replies and notes. */
function useComposer<TResult>(kind: DraftKind, ticketId: string, spec: SendSpec<TResult>): Composer<TResult> {
  const { scope } = useTicketsContext();
  const client = useQueryClient();
  const key = draftKey(kind, scope, ticketId);
  // An external store, so two composers of one ticket agree and a server render (no storage) hydrates cleanly.
  const draft = useSyncExternalStore(subscribeToDrafts, () => readDraft(key), () => '');
  const setDraft = useCallback((text: string) => writeDraft(key, text), [key]);

  const sends = useMutationState({
    filters: { mutationKey: ticketWriteKeys[kind](scope, ticketId), exact: true },
    select: (mutation) => ({ status: mutation.state.status, error: mutation.state.error, variables: mutation.state.variables as SendVariables }),
  });
  const last = sends.at(-1);
  const failed = last?.status === 'error' ? last.variables : null;
  // Text refused before anything was sent (blank, too long), for this ticket only.
  const [checkError, setCheckError] = useState<{ ticketId: string; error: Error } | null>(null);

  const sendBody = useCallback(
    async (body: string, idempotencyKey: string) => {
      setCheckError(null);
      try {
        checkBody(body);
      } catch (error) {
        setCheckError({ ticketId, error: error as Error });
        return undefined;
      }
      const variables: SendVariables = { ticketId, body, idempotencyKey, draftKey: key };
      // Bound to this ticket for its whole life, and queued behind the ticket's other writes.
      const options = {
        mutationKey: ticketWriteKeys[kind](scope, ticketId),
        scope: ticketWriteScope(scope, ticketId),
        mutationFn: (sent: SendVariables) => spec.send(sent.ticketId, { body: sent.body, idempotencyKey: sent.idempotencyKey }),
        onSuccess: (result: TResult, sent: SendVariables) => {
          spec.onSent(sent.ticketId, result);
          // Clear only what was sent: text typed while sending stays.
          if (readDraft(sent.draftKey) === sent.body) writeDraft(sent.draftKey, '');
        },
      };
      // Refusals are exposed through the mutation state, read back above.
      return runWrite(client, options, variables).catch(() => undefined);
    },
    [client, scope, ticketId, kind, key, spec],
  );

  const pendingBodies = useMemo(() => new Set(sends.filter((s) => s.status === 'pending').map((s) => s.variables.body)), [sends]);
  const submit = useCallback(() => {
    // The same text already on its way is not sent twice (a double press, Ctrl+Enter during the send).
    if (pendingBodies.has(draft)) return Promise.resolve(undefined);
    // The text that just failed may have been stored all the same (a timeout after it landed): send it with the
    // same key, so the backend returns the first copy rather than storing a second. New text gets a new key.
    const idempotencyKey = failed && failed.body === draft ? failed.idempotencyKey : newIdempotencyKey();
    return sendBody(draft, idempotencyKey);
  }, [sendBody, draft, failed, pendingBodies]);
  const retry = useCallback(
    () => (failed ? sendBody(failed.body, failed.idempotencyKey) : submit()),
    [sendBody, failed, submit],
  );
  const reset = useCallback(() => {
    setCheckError(null);
    const cache = client.getMutationCache();
    for (const mutation of cache.findAll({ mutationKey: ticketWriteKeys[kind](scope, ticketId), exact: true })) {
      if (mutation.state.status !== 'pending') cache.remove(mutation);
    }
  }, [client, kind, scope, ticketId]);

  const isPending = pendingBodies.size > 0;
  const error = (checkError?.ticketId === ticketId ? checkError.error : null) ?? (failed ? last!.error : null);
  return useMemo(
    () => ({ draft, setDraft, submit, retry, isPending, error, reset }),
    [draft, setDraft, submit, retry, isPending, error, reset],
  );
}

/** The reply composer of a ticket: a sent reply joins the conversation and updates the ticket. */
export function useReplyComposer(ticketId: string): Composer<ReplyResult> {
  const { adapter, scope } = useTicketsContext();
  const client = useQueryClient();
  const spec = useMemo<SendSpec<ReplyResult>>(
    () => ({
      send: async (id, input) => {
        const before = findCachedTicket(client, scope, id)?.version;
        const result = await adapter.sendReply(id, input);
        // A reply bumps the version; a change queued behind it carries the new one. Only a step of one is surely
        // this reply's alone: a larger one holds someone else's change, which a queued change must not overwrite.
        if (before !== undefined && result.ticket.version === before + 1) recordVersionStep(client, scope, id, before, result.ticket.version);
        return result;
      },
      onSent: (id, result) => {
        appendOnce<Message>(client, ticketKeys.messages(scope, id), result.message);
        writeTicket(client, scope, result.ticket);
        // The reply may move the ticket in a list (last update). A live adapter says so itself, with its events.
        if (!adapter.subscribe) void client.invalidateQueries({ queryKey: ticketKeys.lists(scope) });
      },
    }),
    [adapter, client, scope],
  );
  return useComposer('reply', ticketId, spec);
}

/** The internal-note composer of a ticket: notes stay with the team, never in the conversation. */
export function useNoteComposer(ticketId: string): Composer<Note> {
  const { adapter, scope } = useTicketsContext();
  const client = useQueryClient();
  const spec = useMemo<SendSpec<Note>>(
    () => ({
      send: (id, input) => adapter.addNote(id, input),
      onSent: (id, note) => {
        appendOnce<Note>(client, ticketKeys.notes(scope, id), note);
        // A note bumps the ticket's version on the backend, and `addNote` answers with the note alone. A live adapter
        // pushes the new version (`ticket.updated`); without one, refetch the ticket so the next change carries it
        // rather than turning into a conflict.
        if (!adapter.subscribe) void client.invalidateQueries({ queryKey: ticketKeys.detail(scope, id) });
      },
    }),
    [adapter, client, scope],
  );
  return useComposer('note', ticketId, spec);
}
