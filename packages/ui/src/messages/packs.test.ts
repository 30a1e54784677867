import { ar } from './ar';
import { de } from './de';
import { defaultMessages, type TicketsUIMessages } from './messages';
import { messageLeaves, sameAsEnglish, sampleTexts, SAMPLE_ARGS } from '../test/message-samples';

/**
 * The messages each pack words exactly as English does, because the same words are right there: "ID", "Status",
 * "Team", "Tickets" and "Normal" are German too, and some messages hold only values and punctuation. Any other
 * string equal to English is an untranslated one.
 */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: [
    'common.priority.normal',
    'list.label',
    'list.columns.id',
    'list.columns.status',
    'filters.statusLabel',
    'filters.statusTrigger',
    'filters.chipStatus',
    'filters.fieldTrigger',
    'filters.chipField',
    'pagination.position',
    'detail.label',
    'detail.status',
    'detail.conversation.author.team',
    'detail.conversation.byline',
    'notes.byline',
    'panel.detailLabel',
    'queue.views.nameLabel',
    'timeline.header.position',
  ],
  // A field's name and value with a colon between, and a dash for no value: nothing to translate.
  ar: ['detail.conversation.byline', 'filters.fieldTrigger', 'filters.chipField', 'timeline.header.position', 'insights.noValue'],
};

const packs: [string, TicketsUIMessages][] = [
  ['de', de],
  ['ar', ar],
];

describe('the sample arguments', () => {
  it('cover every function message of English, and no more', () => {
    const functions = [...messageLeaves(defaultMessages)].filter(([, leaf]) => typeof leaf === 'function').map(([path]) => path);
    expect(functions.sort()).toEqual(Object.keys(SAMPLE_ARGS).sort());
  });
});

describe.each(packs)('the %s pack', (name, pack) => {
  it('has every message of English, of the same kind, and no other', () => {
    const english = messageLeaves(defaultMessages);
    const translated = messageLeaves(pack);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, leaf] of english) expect(typeof translated.get(path), path).toBe(typeof leaf);
  });

  it('says something in every message, with every value it is given', () => {
    for (const [path, texts] of sampleTexts(pack)) {
      for (const text of texts) {
        expect(text.trim(), path).not.toBe('');
        expect(text, path).not.toMatch(/undefined|null|NaN|\[object/);
      }
    }
    // Values are placed, not dropped (a count's number may be a word, as in "one message").
    expect(pack.detail.label('TK-1042')).toContain('TK-1042');
    expect(pack.pagination.range('26', '50', '1,234', 1234)).toMatch(/26.*50.*1,234/);
    expect(pack.pagination.jumpInvalid('50', '1')).toMatch(/1.*50/);
    expect(pack.list.invalidQuery(pack.common.fieldNames.createdTo)).toContain(pack.common.fieldNames.createdTo);
    expect(pack.detail.conversation.count(11, '11')).toContain('11');
  });

  it('translates every message but the listed ones', () => {
    expect(sameAsEnglish(pack).sort()).toEqual([...SAME_AS_ENGLISH[name]!].sort());
  });

  it('names no field as English does', () => {
    const englishNames = new Set(Object.values(defaultMessages.common.fieldNames));
    for (const fieldName of Object.values(pack.common.fieldNames)) expect(englishNames).not.toContain(fieldName);
  });
});

describe('plural forms in the packs', () => {
  it('German: one and other', () => {
    expect(de.detail.conversation.count(1, '1')).toBe('1 Nachricht');
    expect(de.detail.conversation.count(2, '2')).toBe('2 Nachrichten');
    expect(de.list.rejected(1, '1')).toMatch(/^1 Ticket konnte/);
    expect(de.list.rejected(1000, '1.000')).toMatch(/^1\.000 Tickets konnten/);
  });

  it('Arabic: zero, one, two, few, many and other', () => {
    const count = (n: number) => ar.detail.conversation.count(n, new Intl.NumberFormat('ar-EG').format(n));
    expect([0, 1, 2, 3, 10, 11, 99, 100, 101, 103].map(count)).toEqual([
      'لا رسائل',
      'رسالة واحدة',
      'رسالتان',
      '٣ رسائل',
      '١٠ رسائل',
      '١١ رسالة',
      '٩٩ رسالة',
      '١٠٠ رسالة',
      '١٠١ رسالة',
      '١٠٣ رسائل',
    ]);
    expect(ar.filters.summaryCount(2, '٢')).toBe('عاملا تصفية');
  });

  it('English: one and other', () => {
    expect(defaultMessages.detail.conversation.count(1, '1')).toBe('1 message');
    expect(defaultMessages.detail.conversation.count(1234, '1,234')).toBe('1,234 messages');
    expect(defaultMessages.filters.summaryCount(1, '1')).toBe('1 filter');
    expect(defaultMessages.list.rejected(1, '1')).toBe('1 ticket could not be shown because its data was malformed.');
  });
});
