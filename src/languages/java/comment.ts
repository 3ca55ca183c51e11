/** Writing a Javadoc comment: `/** ... *\/` with ` * ` gutters, one line when it fits. */

/**
 * The comment holding `lines`, its first line at the cursor and the rest at `indent`. A `*\/` in
 * the text would end the comment: it is written `*&#47;`, which javadoc shows as `*\/`.
 */
export function javadocComment(lines: string[], indent: string): string {
  const safe = lines.map((line) => line.replace(/\*\//g, '*&#47;'));
  if (safe.length === 1 && safe[0].length < 80) return `/** ${safe[0]} */`;
  return ['/**', ...safe.map((line) => (line ? ` * ${line}` : ' *')), ' */'].join(`\n${indent}`);
}
