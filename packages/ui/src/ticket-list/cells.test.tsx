import { render } from '@testing-library/react';
import { SnippetText } from './cells';

describe('SnippetText', () => {
  it('marks the ranges it is given and renders everything else as text, never as markup', () => {
    const text = 'Please <b>refund</b> me, the refund is late';
    const { container } = render(<SnippetText snippet={{ source: 'message', text, highlights: [[10, 16], [29, 35]] }} unstyled={false} />);
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['refund', 'refund']);
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe(text);
  });

  it('ignores ranges outside the text or overlapping an earlier one', () => {
    const { container } = render(<SnippetText snippet={{ source: 'note', text: 'abcdef', highlights: [[4, 99], [1, 3], [2, 4], [-1, 2]] }} unstyled />);
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['bc']);
    expect(container.textContent).toBe('abcdef');
  });
});
