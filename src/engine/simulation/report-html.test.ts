import { describe, expect, it } from 'vitest';
import { defaultPolicies } from './policies.ts';
import { renderReportHtml } from './report-html.ts';
import { simulate } from './simulate.ts';
import type { SimNetwork } from './simulation.types.ts';
import { escapeHtml } from './svg-charts.ts';

const network: SimNetwork = {
  coops: [
    {
      id: 'a',
      name: '<script>alert(1)</script>',
      stage: 'new',
      need: 'high',
      headcount: 3,
      technologies: ['php', 'css'],
    },
    {
      id: 'b',
      name: 'B & Co',
      stage: 'stable',
      need: 'low',
      headcount: 8,
      technologies: ['php', 'python', 'css'],
    },
  ],
};

describe('renderReportHtml', () => {
  const policies = defaultPolicies();
  policies[0] = { ...policies[0]!, label: 'First <come> & "served"' };
  const report = simulate(network, { seed: 'html', months: 6, policies });
  const html = renderReportHtml(report, {
    title: 'Demo <network>',
    notes: ['Stage from size & need from stage'],
  });

  it('is one self-contained page without scripts or external resources', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)=/i);
  });

  it('escapes every label it prints', () => {
    expect(html).toContain('Demo &lt;network&gt;');
    expect(html).toContain('First &lt;come&gt; &amp; &quot;served&quot;');
    expect(html).toContain('Stage from size &amp; need from stage');
    expect(html).not.toContain('<come>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('B &amp; Co');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('draws a bar chart per metric and a Lorenz curve per policy, with the verdict', () => {
    const svgs = html.match(/<svg /g) ?? [];
    expect(svgs).toHaveLength(4 + policies.length);
    expect(html).toContain('Verdict');
    expect(html).toMatch(/passes|fails/);
  });
});
