import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../memory/memory-adapter';
import { DEFAULT_TICKET_QUERY } from '../query';
import { generateTicketData } from '../seed/generate';
import { csvCell, exportTicketsCsv, insightsToCsv } from './csv';

describe('CSV', () => {
  it('quotes what needs quoting and keeps formulas text', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(null)).toBe('');
  });

  const adapter = createMemoryAdapter({ data: generateTicketData({ tickets: 700, seed: 4 }) });

  it('exports every ticket of a query, page by page, with progress', async () => {
    const query = { ...DEFAULT_TICKET_QUERY, status: 'open' };
    const { total } = await adapter.listTickets(query);
    const progress: number[] = [];
    const parts = await exportTicketsCsv(adapter, query, { pageSize: 50, onProgress: ({ done }) => progress.push(done) });
    const lines = parts.join('').split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(total + 1);
    expect(progress).toHaveLength(Math.ceil(total / 50));
    expect(progress.at(-1)).toBe(total);
  });

  it('stops when aborted, with the signal’s reason', async () => {
    const controller = new AbortController();
    const run = exportTicketsCsv(adapter, {}, { pageSize: 10, signal: controller.signal, onProgress: ({ done }) => done >= 30 && controller.abort(new Error('stop')) });
    await expect(run).rejects.toThrow('stop');
  });

  it('writes insights as one line per figure, day and group', async () => {
    const insights = await adapter.getInsights({ createdFrom: '2026-10-01', createdTo: '2026-10-31' });
    const csv = insightsToCsv(insights);
    expect(csv.startsWith('section,assistant,key,value,previous,examples\r\n')).toBe(true);
    expect(csv).toContain(`raised,,,${insights.overall.raised},,\r\n`);
    const first = insights.recurringIssues[0]!;
    expect(csv).toContain(`recurringIssue,,${first.phrase},${first.count},${first.previousCount},`);
  });
});
