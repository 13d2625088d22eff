import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { escapeHtml } from '../../src/lib/format/html';
import { actionOwnerHtml, actionStatusHtml } from '../../src/lib/site/action-html';
import type { PersonRecord } from '../../src/lib/archive/types';

describe('action status and owner as HTML', () => {
  it('escapes what content could put in HTML', () => {
    expect(escapeHtml(`<b>"Tom" & 'Jerry'</b>`)).toBe('&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;');
  });

  it('says the status in words, and overdue as a second tag', () => {
    expect(parse(actionStatusHtml({ status: 'progressing', overdue: false })).text).toBe('Progressing');
    const overdue = parse(actionStatusHtml({ status: 'open', overdue: true }));
    expect(overdue.querySelectorAll('.tag').map((t) => t.text)).toEqual(['Open', 'Overdue']);
  });

  it('links a known owner to their page and shows any other owner as written, escaped', () => {
    const person = { id: 'wil-kennedy', data: { name: 'Wil Kennedy' } } as PersonRecord;
    const link = parse(actionOwnerHtml({ owner: { kind: 'person', person, as: 'WK' } })).querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/people/wil-kennedy/');
    expect(link.text).toBe('Wil Kennedy');
    expect(actionOwnerHtml({ ownerText: 'Head of <Estates>' })).toBe('<span>Head of &lt;Estates&gt;</span>');
    expect(parse(actionOwnerHtml({})).text).toBe('Not recorded');
  });
});
