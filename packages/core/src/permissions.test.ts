import { describe, expect, it } from 'vitest';
import { ALLOWED, TICKET_ACTIONS, can, canSeeAssistant, readOnly, type TicketPolicy } from './permissions';
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
    expect(seeing).toEqual({
      allowed: false,
      reason: 'notOwner',
      values: { assistant: 'Billing Bot', verb: 'see' },
      message: 'Only the owner of Billing Bot or an administrator can see this ticket.',
    });
    const replying = can(stranger, 'reply', ticket);
    expect(replying.allowed).toBe(false);
    expect(!replying.allowed && replying.message).toContain('change this ticket');
    expect(!replying.allowed && replying.reason).toBe('notOwner');
  });

  it('canSeeAssistant follows the same rule', () => {
    expect(canSeeAssistant(admin, 'tm-9')).toBe(true);
    expect(canSeeAssistant(owner, 'tm-4')).toBe(true);
    expect(canSeeAssistant(stranger, 'tm-4')).toBe(false);
  });

  it('follows a host policy: read-only auditors, members who see all but change only their own', () => {
    const auditors = new Set(['tm-7']);
    const policy: TicketPolicy = (viewer, action, t) => {
      if (action === 'view') return ALLOWED;
      if (auditors.has(viewer.id)) return readOnly();
      return viewer.role === 'admin' || t.assistant.ownerId === viewer.id ? ALLOWED : can(viewer, action, t);
    };
    const auditor: Viewer = { id: 'tm-7', name: 'Robin', role: 'admin' };
    expect(can(auditor, 'view', ticket, policy)).toEqual({ allowed: true });
    expect(can(auditor, 'reply', ticket, policy)).toMatchObject({ allowed: false, reason: 'readOnly' });
    expect(can(stranger, 'view', ticket, policy)).toEqual({ allowed: true });
    expect(can(stranger, 'changeStatus', ticket, policy)).toMatchObject({ allowed: false, reason: 'notOwner' });
    expect(can(owner, 'editFields', ticket, policy)).toEqual({ allowed: true });
  });
});
