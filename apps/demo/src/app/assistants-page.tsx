import type { ReactNode } from 'react';
import type { DemoBackend } from '../data/backend';
import type { DemoViewer } from '../data/demo-data';

/** The AI assistants the viewer may see (all for an administrator, their own for a member), and who owns each. */
export function AssistantsPage({ backend, viewer }: { backend: DemoBackend; viewer: DemoViewer }): ReactNode {
  const owners = new Map(backend.teamMembers.map((person) => [person.id, person.name]));
  const assistants = backend.assistants.filter((assistant) => viewer.role === 'admin' || assistant.ownerId === viewer.id);
  return (
    <section className="page" aria-labelledby="assistants-title">
      <header className="page-header">
        <h1 id="assistants-title">Assistants</h1>
        <p className="page-lead">
          {viewer.role === 'admin' ? 'Every AI assistant of the company.' : 'The AI assistants you own; you work their tickets.'}
        </p>
      </header>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Assistant</th>
            <th scope="col">ID</th>
            <th scope="col">Owner</th>
          </tr>
        </thead>
        <tbody>
          {assistants.map((assistant) => (
            <tr key={assistant.id}>
              <td>{assistant.name}</td>
              <td className="mono">{assistant.id}</td>
              <td>{owners.get(assistant.ownerId) ?? assistant.ownerId}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
