import { describe, expect, it } from 'vitest';
import { afterMessage, conversationState } from './conversation-state';
import type { MessageAuthorKind } from './types';

const at = (minute: number) => new Date(Date.UTC(2026, 9, 1, 12, minute)).toISOString();
const said = (kind: MessageAuthorKind, minute: number) => ({ author: { kind, id: kind, name: kind }, createdAt: at(minute) });

describe('conversationState', () => {
  it('without messages: last message at creation, not waiting', () => {
    expect(conversationState(at(0), [])).toEqual({ lastMessageAt: at(0), waitingSince: null });
  });

  it('waits since the end user’s oldest message after the team’s latest reply; assistants neither answer nor wait', () => {
    const messages = [said('end_user', 1), said('assistant', 2), said('team', 3), said('end_user', 4), said('assistant', 5), said('end_user', 6)];
    expect(conversationState(at(0), messages)).toEqual({ lastMessageAt: at(6), waitingSince: at(4) });
  });

  it('is not waiting when the team spoke last, and waits from the first message when the team never spoke', () => {
    expect(conversationState(at(0), [said('end_user', 1), said('team', 2)]).waitingSince).toBeNull();
    expect(conversationState(at(9), [said('end_user', 1), said('assistant', 2), said('end_user', 3)])).toEqual({ lastMessageAt: at(3), waitingSince: at(1) });
  });

  it('reads messages in time order whatever order they come in', () => {
    const messages = [said('end_user', 6), said('team', 3), said('end_user', 4)];
    expect(conversationState(at(0), messages)).toEqual({ lastMessageAt: at(6), waitingSince: at(4) });
  });

  it('afterMessage: a team reply ends the wait, an end user message starts it once', () => {
    const waiting = afterMessage({ lastMessageAt: at(1), waitingSince: null }, 'end_user', at(2));
    expect(waiting).toEqual({ lastMessageAt: at(2), waitingSince: at(2) });
    expect(afterMessage(waiting, 'end_user', at(3))).toEqual({ lastMessageAt: at(3), waitingSince: at(2) });
    expect(afterMessage(waiting, 'assistant', at(4))).toEqual({ lastMessageAt: at(4), waitingSince: at(2) });
    expect(afterMessage(waiting, 'team', at(5))).toEqual({ lastMessageAt: at(5), waitingSince: null });
  });
});
