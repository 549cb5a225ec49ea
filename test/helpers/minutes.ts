/** Test helpers for the blind samples of real minutes: a complete front matter, and findings by rule. */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../../server/core/document';
import { ChunkCache } from '../../server/core/markdown';
import { actionsOf, analyzeDocument, analyzeWhole, readersOrderOf } from '../../server/core/analyze';
import { scanSummary } from '../../server/core/scan';
import { summarize } from '../../server/core/workspaceIndex';
import { resolveConfig } from '../../server/core/config';
import { analyze, TODAY, workspaceOptions } from './analyze';

/** Minutes' front matter with every field, so that only what a test writes below it is judged. */
export const MINUTES_HEAD =
  '---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-21\nattendees: Ana, Lee\ndistribution: Ana\n---\n';

/** A rule's findings on a text, each as its 1-based line and the section it concerns (`17 next-actions`). */
export function findingsOf(text: string, rule: string): string[] {
  return analyze(text, 'doc.md')
    .findings.filter((f) => f.rule === rule)
    .map((f) => `${f.range.start.line + 1}${f.data?.section ? ` ${String(f.data.section)}` : ''}`);
}

/** A rule's findings on a text (English reader), as their 1-based lines. */
export function linesOf(text: string, rule: string): number[] {
  return analyze(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.range.start.line + 1);
}

/**
 * The editor's check, cut at every heading, finds what the whole document's does; the workspace's cheap scan lists
 * the same actions, owners and due dates as the full reading.
 */
export function sameEverywhere(text: string, path = '/tmp/minutes.md'): void {
  const options = workspaceOptions(new Map());
  const key = (f: { rule: string; start: number; message: string }) => `${f.rule}@${f.start}:${f.message}`;
  const chunked = buildDocument(path, text, { cache: new ChunkCache(100, 0) });
  const whole = buildDocument(path, text);
  assert.deepEqual(analyzeDocument(chunked, options).map(key), analyzeWhole(whole, options).map(key));
  const config = resolveConfig();
  const full = summarize(
    whole,
    actionsOf(whole, options),
    config.jobPattern,
    TODAY.year,
    readersOrderOf(whole, options),
  );
  const cheap = scanSummary(path, text, { today: TODAY, jobPattern: config.jobPattern });
  const dues = (s: typeof full | undefined) => s?.actions.map((a) => `${a.line}:${a.due ?? ''}:${a.owners.join(',')}`);
  assert.deepEqual(dues(cheap), dues(full));
}
