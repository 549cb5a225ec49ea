/**
 * The document's own job number: `job:` in its front matter, else a body field line atop the body that gives
 * one (`**Job number:** BW-2026-041`), as missing-field reads a body field line as the document's field. The
 * workspace index (summarize), the scan and duplicate-job-number share it, so they agree on it.
 */
import { DEFAULT_JOB_PATTERN } from './actions';
import type { FrontMatter } from './frontmatter';
import { jobNumberAtStart } from './jobPattern';
import { isPlaceholder, sourceFrom, type TextSource } from './text';
import { bodyFieldLine } from './typeDetection';

export interface OwnJob {
  /** The job number as written. */
  readonly id: string;
  /** Its span in the document's text. */
  readonly start: number;
  readonly end: number;
  /** Where its field starts (the key): its line is the number's line. */
  readonly fieldStart: number;
}

const DEFAULT_PATTERN = new RegExp(DEFAULT_JOB_PATTERN, 'u');

export function ownJob(
  text: TextSource,
  fm: FrontMatter | undefined,
  jobPattern: RegExp = DEFAULT_PATTERN,
): OwnJob | undefined {
  const f = fm?.field('job');
  if (f && !f.missing) return { id: f.text, start: f.valueStart, end: f.valueEnd, fieldStart: f.keyStart };
  const bodyStart = fm?.end ?? 0;
  const line = bodyFieldLine(sourceFrom(text, bodyStart), 'job');
  if (!line) return undefined;
  const v = line.value;
  if (isPlaceholder(v) || /^\[?(?:<[^<>\n]+>)\]?$/.test(v)) return undefined;
  // Only a job number by the configured pattern, leading the value (`BW-2026-041 (social cut-downs)`):
  // a line naming the job in words (`**Job:** Winter flight`) gives the document no number.
  const m = jobNumberAtStart(jobPattern, true).exec(v);
  if (!m?.[1]) return undefined;
  const id = m[1];
  const lineText = text.slice(bodyStart + line.start, bodyStart + line.end);
  const colon = lineText.search(/[:：|]/);
  const at = lineText.indexOf(id, Math.max(0, colon));
  if (at < 0) return undefined;
  return {
    id,
    start: bodyStart + line.start + at,
    end: bodyStart + line.start + at + id.length,
    fieldStart: bodyStart + line.start,
  };
}
