/** Test helpers: what a type's section table makes of headings. */
import { strict as assert } from 'node:assert';
import { matchHeading, sectionTable } from '../../server/core/headings';
import { typeById } from '../../server/core/catalog';

/** Asserts that every heading names section `id` of `type`. */
export function headsSection(type: string, headings: readonly string[], id: string): void {
  const table = sectionTable(typeById(type)!);
  for (const h of headings) assert.equal(matchHeading(table, h)?.section.id, id, `${type}: ${h}`);
}

/** Asserts that no heading names a section of `type`. */
export function headsNone(type: string, headings: readonly string[]): void {
  const table = sectionTable(typeById(type)!);
  for (const h of headings) assert.equal(matchHeading(table, h), null, `${type}: ${h}`);
}
