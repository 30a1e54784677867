import type { InsightGroup } from '@ticketkit/core';
import type { ReactNode } from 'react';
import type { Formatter } from '../lib/format';
import type { SlotFn } from '../lib/slots';
import type { TicketInsightsMessages } from '../messages/insights';
import { formatChange } from './format-duration';
import type { TicketInsightsPart } from './parts';

/** Props of `InsightGroups`. */
export interface InsightGroupsProps {
  groups: readonly InsightGroup[];
  /** The list that shows a group's tickets. */
  href: (group: InsightGroup) => string;
  text: TicketInsightsMessages;
  format: Formatter;
  slot: SlotFn<TicketInsightsPart>;
}

/**
 * Groups of tickets as a ranked list: each phrase links to exactly its tickets, with its count, its change against the
 * previous period and a few example ticket IDs. Phrases are user text: rendered as text.
 */
export function InsightGroups({ groups, href, text, format, slot }: InsightGroupsProps): ReactNode {
  if (groups.length === 0) return <p {...slot('state', { state: 'empty' })}>{text.noGroups}</p>;
  return (
    <ol {...slot('groups')}>
      {groups.map((group) => {
        const delta = group.count - group.previousCount;
        return (
          <li key={group.phrase} {...slot('group')}>
            <a href={href(group)} aria-label={text.openGroup(group.phrase, format.number(group.count))}>
              {group.phrase}
            </a>
            <span>{text.groupCount(format.number(group.count), group.count)}</span>
            <span {...slot('group-change', { state: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same' })}>
              {text.change(formatChange(delta, format.locale), format.number(group.previousCount))}
            </span>
            {group.exampleTicketIds.length > 0 && (
              <span {...slot('examples')}>
                {text.examples}: <bdi>{group.exampleTicketIds.join(', ')}</bdi>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
