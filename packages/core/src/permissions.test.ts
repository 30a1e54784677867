import { describe, expect, it } from 'vitest';
import { TICKET_ACTIONS, can, canSeeAssistant } from './permissions';
import type { Viewer } from './types';

const admin: Viewer = { id: 'tm-1', name: 'Alex', role: 'admin' };
const owner: Viewer = { id: 'tm-4', name: 'Taylor', role: 'member' };
const stranger: Viewer = { id: 'tm-5', name: 'Casey', role: 'member' };
const ticket = { assistant: { id: 'as-1', name: 'Billing Bot', ownerId: 'tm-4' } };

describe('can', () => {
  it('lets an admin and the assistant owner do everything', () => {
    for (const action of TICKET_ACTIONS) {
      expect(can(admin, action, ticket)).toEqual({ allowed: true });
      expect(can(owner, action, ticket)).toEqual({ allowed: true });
    }
  });

  it('refuses other members with a reason naming the assistant', () => {
    const seeing = can(stranger, 'view', ticket);
    expect(seeing).toEqual({ allowed: false, reason: 'Only the owner of Billing Bot or an administrator can see this ticket.' });
    const replying = can(stranger, 'reply', ticket);
    expect(replying.allowed).toBe(false);
    expect(!replying.allowed && replying.reason).toContain('change this ticket');
  });

  it('canSeeAssistant follows the same rule', () => {
    expect(canSeeAssistant(admin, 'tm-9')).toBe(true);
    expect(canSeeAssistant(owner, 'tm-4')).toBe(true);
    expect(canSeeAssistant(stranger, 'tm-4')).toBe(false);
  });
});
