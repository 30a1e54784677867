import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { phrasesOf, textPhrases } from './phrases';
import { normalizeTopic } from './terms';

describe('key phrases', () => {
  it('keeps words and neighbouring pairs, folded, without stop words or numbers', () => {
    expect([...textPhrases('The login code never arrives for order #12345')]).toEqual([
      'login', 'login code', 'code', 'code never', 'never', 'never arrives', 'arrives', 'order',
    ]);
  });

  it('never joins a phrase across a dropped word or across texts', () => {
    const phrases = phrasesOf(['Refund not received', 'Café crème']);
    expect(phrases.has('refund received')).toBe(false);
    expect(phrases.has('received cafe')).toBe(false);
    expect(phrases.has('cafe creme')).toBe(true);
  });

  it('normalises a topic filter the way it tokenises text, and refuses what no ticket can hold', () => {
    expect(normalizeTopic('  Login CODE ', 'topic')).toBe('login code');
    expect(normalizeTopic('', 'topic')).toBeNull();
    expect(() => normalizeTopic('12345', 'topic')).toThrow(ValidationError);
    expect(() => normalizeTopic('login code arrives', 'topic')).toThrow(/one or two words/);
    expect(() => normalizeTopic('a', 'handoffTopic')).toThrow(expect.objectContaining({ field: 'handoffTopic' }));
    // A stop word is a valid filter that no phrase holds.
    expect(normalizeTopic('The', 'topic')).toBe('the');
    expect(phrasesOf(['The login']).has('the')).toBe(false);
  });
});
