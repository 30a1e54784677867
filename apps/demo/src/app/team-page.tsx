import type { ReactNode } from 'react';
import type { DemoBackend } from '../data/backend';

/** The company's team: who can be assigned tickets, and their role. */
export function TeamPage({ backend }: { backend: DemoBackend }): ReactNode {
  const assistantCount = (id: string): number => backend.assistants.filter((assistant) => assistant.ownerId === id).length;
  return (
    <section className="page" aria-labelledby="team-title">
      <header className="page-header">
        <h1 id="team-title">Team</h1>
        <p className="page-lead">Administrators see every ticket; members see the tickets of the assistants they own.</p>
      </header>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Assistants owned</th>
          </tr>
        </thead>
        <tbody>
          {backend.teamMembers.map((person) => (
            <tr key={person.id}>
              <td>{person.name}</td>
              <td>{person.email}</td>
              <td>{person.role === 'admin' ? 'Administrator' : 'Member'}</td>
              <td>{assistantCount(person.id)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
