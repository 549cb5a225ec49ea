/** Test helpers for the blind samples of real minutes: a complete front matter, and findings by rule. */
import { analyze } from './analyze';

/** Minutes' front matter with every field, so that only what a test writes below it is judged. */
export const MINUTES_HEAD =
  '---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-21\nattendees: Ana, Lee\ndistribution: Ana\n---\n';

/** A rule's findings on a text, each as its 1-based line and the section it concerns (`17 next-actions`). */
export function findingsOf(text: string, rule: string): string[] {
  return analyze(text, 'doc.md')
    .findings.filter((f) => f.rule === rule)
    .map((f) => `${f.range.start.line + 1}${f.data?.section ? ` ${String(f.data.section)}` : ''}`);
}
