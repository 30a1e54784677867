import { parsePageInput } from './parse-page';

describe('parsePageInput', () => {
  it('accepts whole page numbers in range, in any common digit script', () => {
    expect(parsePageInput('3', 10)).toBe(3);
    expect(parsePageInput(' 10 ', 10)).toBe(10);
    expect(parsePageInput('٣', 10)).toBe(3);
    expect(parsePageInput('１２', 20)).toBe(12);
  });

  it('refuses text, fractions, signs, zero and pages past the end', () => {
    for (const text of ['abc', '', '2.5', '-1', '+2', '0', '11', '1e1', '3abc', '99999999999999999999']) {
      expect(parsePageInput(text, 10)).toBeNull();
    }
  });
});
