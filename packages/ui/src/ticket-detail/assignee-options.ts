import { filterMembers, matchesFilter } from './filter-members';

/** The ID of "nobody" where an assignee ID is compared. */
export const UNASSIGNED = '';

/** One option of the assignee picker. */
export interface AssigneeOption {
  kind: 'me' | 'unassigned' | 'member';
  /** Unique among the options (an action's cannot clash with a member's ID). */
  value: string;
  /** What choosing it assigns: a member's ID, or `null` to unassign. */
  assigneeId: string | null;
  label: string;
  /** It is the ticket's assignee now. */
  checked: boolean;
}

/** What the options are built from. */
export interface AssigneeOptionsInput {
  team: readonly { id: string; name: string; email: string }[];
  filter: string;
  viewer: { id: string; name: string };
  /** The current assignee's ID, or `UNASSIGNED`. */
  current: string;
  labels: { assignToMe: string; unassigned: string };
}

/**
 * The options of the assignee picker, in order. With a blank filter: "Assign to me" (unless the viewer is the
 * assignee), "Unassigned", then the team. With a filter, the matching members come first, so the option highlighted
 * (the first) is what was typed for; "Assign to me" (matched by its label or the viewer's name) and "Unassigned"
 * follow when they match too.
 */
export function assigneeOptions({ team, filter, viewer, current, labels }: AssigneeOptionsInput): AssigneeOption[] {
  const actions: AssigneeOption[] = [];
  if (current !== viewer.id && matchesFilter(`${labels.assignToMe} ${viewer.name}`, filter)) {
    actions.push({ kind: 'me', value: 'action:me', assigneeId: viewer.id, label: labels.assignToMe, checked: false });
  }
  if (matchesFilter(labels.unassigned, filter)) {
    actions.push({ kind: 'unassigned', value: 'action:unassigned', assigneeId: null, label: labels.unassigned, checked: current === UNASSIGNED });
  }
  const members = filterMembers(team, filter).map(
    (member): AssigneeOption => ({ kind: 'member', value: `member:${member.id}`, assigneeId: member.id, label: member.name, checked: member.id === current }),
  );
  return filter.trim() === '' ? [...actions, ...members] : [...members, ...actions];
}
