import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../test/harness';
import { useCan, usePermissions } from './use-permissions';

describe('usePermissions', () => {
  it('lets an admin do everything, a member only on tickets of their own assistants, with a reason', () => {
    const probe = createHarness();
    const member = probe.data.teamMembers.find((m) => m.role === 'member')!;
    const harness = createHarness({ viewer: { id: member.id, name: member.name, role: 'member' } });
    const own = harness.data.tickets.find((t) => t.assistant.ownerId === member.id)!;
    const other = harness.data.tickets.find((t) => t.assistant.ownerId !== member.id)!;
    const { result } = renderHook(() => ({ own: usePermissions(own), other: useCan('reply', other), none: useCan('view', null) }), {
      wrapper: harness.Wrapper,
    });
    expect(Object.values(result.current.own.all).every((p) => p.allowed)).toBe(true);
    expect(result.current.other).toMatchObject({ allowed: false, reason: 'notOwner', values: expect.objectContaining({ assistant: other.assistant.name }) });
    expect(result.current.none.allowed).toBe(false);

    const admin = renderHook(() => useCan('assign', other), { wrapper: probe.Wrapper });
    expect(admin.result.current.allowed).toBe(true);
  });
});
