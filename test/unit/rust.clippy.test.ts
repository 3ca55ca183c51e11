/**
 * Agreement with Clippy's own UI tests for missing_errors_doc, missing_panics_doc and
 * missing_safety_doc (test/fixtures/rust/clippy, vendored with Clippy's licence): each `.stderr`
 * says which functions and traits the lint reports. Docwright reports a documented one's missing
 * section as DW802, and an undocumented one as DW601 (its template writes the section). Recall and
 * precision are printed; what differs is listed by name and explained in README.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractSymbols } from '../../src/core/extract';
import type { SymbolFact } from '../../src/core/extract/types';
import { validateText } from '../../src/core/validate';
import { rustConventions } from '../../src/languages/rust/conventions';

const DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'rust', 'clippy');

/** Reports Docwright cannot make, and why (README, "Differences from Clippy"). */
const OUT_OF_REACH: Record<string, string> = {
  'doc_unsafe:138:Safety': 'a function a macro_rules! expansion writes: Docwright leaves macros alone',
};

/** The messages of the three lints, and the section each asks for. */
const LINTS: [RegExp, string][] = [
  [/missing `# Errors` section/, 'Errors'],
  [/may panic missing `# Panics` section/, 'Panics'],
  [/unsafe function's docs are missing a `# Safety` section|docs for unsafe trait missing `# Safety` section/, 'Safety'],
];

/** `line:section` for each report the `.stderr` expects of the three lints (others, like unsafe fields, are another lint). */
function expected(stderr: string): Set<string> {
  const out = new Set<string>();
  const blocks = stderr.split(/\n(?=error: )/);
  for (const block of blocks) {
    const lint = LINTS.find(([message]) => message.test(block.split('\n')[0]));
    const at = /-->\s+\S+?:(\d+):\d+/.exec(block);
    if (lint && at) out.add(`${at[1]}:${lint[1]}`);
  }
  return out;
}

/** The line of the item's keyword (`fn name`, `trait Name`), where Clippy points: after its attributes and doc. */
function itemLine(text: string, symbol: SymbolFact): number {
  const keyword = new RegExp(`\\b(?:fn|trait)\\s+${symbol.name}\\b`, 'g');
  keyword.lastIndex = symbol.signatureRange.start;
  const at = keyword.exec(text)?.index ?? symbol.signatureRange.start;
  return text.slice(0, at).split('\n').length;
}

interface Agreement {
  expected: number;
  agreed: number;
  missed: string[];
  extra: string[];
  reported: number;
}

async function agreement(name: string, section: string): Promise<Agreement> {
  // Unsafe fields (an unstable feature) are past tree-sitter-rust, which then refuses the file; they
  // are another lint's matter (their doc is a field's): the keyword is blanked, the lines stay.
  const text = readFileSync(join(DIR, `${name}.rs`), 'utf8').replace(/\bunsafe(?= field:)/g, '      ');
  const wanted = expected(readFileSync(join(DIR, `${name}.stderr`), 'utf8'));
  const { symbols } = await extractSymbols(text, 'rust');
  const { findings } = await validateText(text, 'rust', { style: 'auto', severities: { DW601: 'warning' } });
  const found = new Set<string>();
  const reported = new Set<string>();
  for (const finding of findings) {
    const symbol = symbols.find((s) => s.id === finding.symbolId)!;
    if (finding.code === 'DW802' && finding.message.includes(`"# ${section}"`)) {
      found.add(`${itemLine(text, symbol)}:${section}`);
      reported.add(`${itemLine(text, symbol)}:${section}`);
    } else if (finding.code === 'DW601' && rustConventions.sectionsOwed!(symbol).some((s) => s.title === section)) {
      // Undocumented: the template writes every section the function owes.
      found.add(`${itemLine(text, symbol)}:${section}`);
    }
  }
  const missed = [...wanted].filter((k) => !found.has(k));
  const extra = [...reported].filter((k) => !wanted.has(k));
  return { expected: wanted.size, agreed: wanted.size - missed.length, missed, extra, reported: reported.size };
}

describe("Rust: agreement with Clippy's UI tests for the doc-section lints", () => {
  for (const [name, section] of [['doc_errors', 'Errors'], ['doc_unsafe', 'Safety'], ['missing_panics_doc', 'Panics']] as const) {
    it(`${name}: every report the .stderr expects of the # ${section} lint, Docwright makes (DW802, or DW601 where there is no doc); what it adds is printed`, async () => {
      const result = await agreement(name, section);
      const precision = result.reported ? (100 * (result.reported - result.extra.length)) / result.reported : 100;
      console.log(`      ${name}: Clippy expects ${result.expected}, Docwright agrees on ${result.agreed} (recall ${((100 * result.agreed) / result.expected).toFixed(1)} %); DW802 precision ${precision.toFixed(1)} % (${result.extra.length} of ${result.reported} not expected: ${result.extra.join(', ') || 'none'}); missed: ${result.missed.join(', ') || 'none'}`);
      assert.ok(result.expected > 0, 'the .stderr names reports');
      assert.deepEqual(result.missed, Object.keys(OUT_OF_REACH).filter((k) => k.startsWith(`${name}:`)).map((k) => k.slice(name.length + 1)), 'every miss is one out of reach');
    });
  }
});
