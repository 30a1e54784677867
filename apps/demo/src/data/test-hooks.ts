import type { TeamMember } from '@ticketkit/core';
import type { MemoryAdapter } from '@ticketkit/core/memory';
import type { DemoBackend } from './backend';

/** What the end-to-end tests reach on `window`: the store behind the panel, to act as someone else would. */
export interface DemoTestHooks {
  /** The store as an administrator sees it; `withViewer` gives another person's view of the same tickets. */
  memory: MemoryAdapter;
  teamMembers: TeamMember[];
  /** Every team member: any of them can act through `as`. */
  people: { id: string; name: string; role: string }[];
  /** The store as the team member `memberId` sees it: a change made through it reaches the panel as a live event. */
  as: (memberId: string) => ReturnType<MemoryAdapter['withViewer']>;
}

declare global {
  interface Window {
    __ticketkitDemo?: DemoTestHooks;
  }
}

/**
 * Puts the store on `window.__ticketkitDemo`, so a test can change a ticket through another viewer of the same store
 * (a colleague's write the panel has not seen), like a second browser would. The demo has no secrets to keep.
 */
export function exposeTestHooks(backend: DemoBackend): void {
  window.__ticketkitDemo = {
    memory: backend.memory,
    teamMembers: backend.teamMembers,
    people: backend.teamMembers.map(({ id, name, role }) => ({ id, name, role })),
    as: (memberId) => {
      const viewer = backend.teamMembers.find((person) => person.id === memberId);
      if (!viewer) throw new Error(`__ticketkitDemo.as: no team member ${memberId}`);
      return backend.memory.withViewer({ id: viewer.id, name: viewer.name, role: viewer.role });
    },
  };
}
