// Answers a Docwright prompt the way a diligent model would: it reads the facts lines of each symbol
// (`Parameters to describe:`, `Return to describe:` ...) and describes exactly the names listed.
// Grouped prompts list several symbols, each under `### Symbol <id>`; the answer is then
// `{"answers": [{"id": ..., ...}, ...]}`. Tests can drop, break or leave incomplete single members.

/** The facts of one symbol as the prompt lists them. */
export interface PromptMember {
  /** The `### Symbol <id>` id ("1".."k"); "" for a single (ungrouped) prompt. */
  id: string;
  /** `function`, `method`, `class`, ... as on the `Symbol:` line. */
  kind: string;
  /** The dotted name path of the `Symbol:` line (`Greeter.greet`). */
  name: string;
  /** The names under `Parameters to describe:` (fields of a record class included). */
  params: string[];
  /** The text after `Return to describe:`, or null when it says none. */
  returns: string | null;
  yields: string | null;
  /** The types after `Exceptions to describe:`. */
  raises: string[];
  /** The prompt asks for an example. */
  example: boolean;
  /** The words the summary must start with (Go's doc comments), when the prompt says so. */
  summaryLead?: string;
}

export interface GroupAnswerOptions {
  /** Ids left out of the answer (a "missing" member). */
  drop?: readonly string[];
  /** Ids whose entry is invalid (its summary is a number). */
  broken?: readonly string[];
  /** A parameter or exception name left undescribed in one member (an incomplete answer). */
  leaveUndescribed?: { id: string; name: string } | readonly { id: string; name: string }[];
  /** Answer the members in reverse order (the schema allows any order). */
  reverse?: boolean;
  /** The summary of a member (default `Summary of <name>.`). */
  summary?: (member: PromptMember) => string;
}

const HEADING = /^### Symbol (\S+)\s*$/;

/** The user message of a chat request body (the first that lists grouped symbols, else the first). */
function userText(body: unknown): string {
  const messages = (body as { messages?: unknown } | undefined)?.messages;
  if (!Array.isArray(messages)) return '';
  const texts = messages
    .filter((m): m is { role: string; content: unknown } => typeof m === 'object' && m !== null && (m as { role?: unknown }).role === 'user')
    .map((m) => (typeof m.content === 'string' ? m.content : Array.isArray(m.content) ? m.content.map((p: { text?: unknown }) => (typeof p?.text === 'string' ? p.text : '')).join('') : ''));
  return texts.find((t) => t.split('\n').some((line) => HEADING.test(line))) ?? texts[0] ?? '';
}

/** The lines outside code fences (a symbol's source may hold anything, even a heading). */
function linesOutsideFences(text: string): string[] {
  const out: string[] = [];
  let closing: string | undefined;
  for (const line of text.split('\n')) {
    if (closing !== undefined) {
      if (line.trimEnd() === closing) closing = undefined;
      continue;
    }
    const open = /^(`{3,})/.exec(line);
    if (open) closing = open[1];
    else out.push(line);
  }
  return out;
}

function memberOf(id: string, lines: readonly string[]): PromptMember {
  const member: PromptMember = { id, kind: 'symbol', name: '?', params: [], returns: null, yields: null, raises: [], example: false };
  let inParams = false;
  for (const line of lines) {
    if (inParams && line.startsWith('- ')) {
      const entry = line.slice(2);
      const paren = entry.indexOf(' (');
      member.params.push(paren >= 0 ? entry.slice(0, paren) : entry.trim());
      continue;
    }
    inParams = false;
    const symbol = /^Symbol: (?:async )?(\S+) (\S+)/.exec(line);
    const value = (prefix: string) => (line.startsWith(prefix) ? line.slice(prefix.length).trim() : undefined);
    const described = (text: string | undefined) => (text === undefined || text.startsWith('none') ? null : text);
    if (symbol) [member.kind, member.name] = [symbol[1], symbol[2]];
    else if (line === 'Parameters to describe:') inParams = true;
    else if (value('Return to describe:') !== undefined) member.returns = described(value('Return to describe:'));
    else if (value('Yield to describe:') !== undefined) member.yields = described(value('Yield to describe:'));
    else if (value('Exceptions to describe:') !== undefined) member.raises = described(value('Exceptions to describe:'))?.split(', ').filter(Boolean) ?? [];
    else if (line.startsWith('Example: give')) member.example = true;
    else {
      const lead = /^The summary must start with "([^"]+)"/.exec(line);
      if (lead) member.summaryLead = lead[1];
    }
  }
  return member;
}

/** The symbols of a grouped prompt, in the order listed; one member with id "" for a single prompt. */
export function promptMembers(body: unknown): PromptMember[] {
  const lines = linesOutsideFences(userText(body));
  const starts = lines.flatMap((line, i) => (HEADING.test(line) ? [i] : []));
  if (!starts.length) return [memberOf('', lines)];
  return starts.map((start, n) => memberOf(HEADING.exec(lines[start])![1], lines.slice(start + 1, starts[n + 1] ?? lines.length)));
}

/** The answer a model gives for one member: every listed name described, nothing else. */
export function memberAnswer(member: PromptMember, options: Pick<GroupAnswerOptions, 'summary'> = {}, undescribed: readonly string[] = []): Record<string, unknown> {
  const short = member.name.split('.').pop() ?? member.name;
  const summary = options.summary?.(member) ?? (member.summaryLead ? `${member.summaryLead} does the work of ${short}.` : `Summary of ${member.name}.`);
  return {
    summary,
    description: null,
    params: member.params.filter((name) => !undescribed.includes(name)).map((name) => ({ name, description: `The ${name} value.` })),
    returns: member.returns === null ? null : `The result of ${short}.`,
    yields: member.yields === null ? null : `Each value ${short} yields.`,
    raises: member.raises.filter((type) => !undescribed.includes(type)).map((type) => ({ type, description: `Raised when ${short} fails.` })),
    example: member.example ? `${short}()` : null,
  };
}

/**
 * The JSON text a model answers to a grouped prompt: `{"answers": [...]}` with one entry per
 * `### Symbol <id>` block (ids as listed), each describing every name its block lists.
 */
export function answerGroup(body: unknown, options: GroupAnswerOptions = {}): string {
  const leave = options.leaveUndescribed === undefined ? [] : Array.isArray(options.leaveUndescribed) ? options.leaveUndescribed : [options.leaveUndescribed as { id: string; name: string }];
  const members = promptMembers(body).filter((m) => !options.drop?.includes(m.id));
  const answers = members.map((m) => {
    const answer = { id: m.id, ...memberAnswer(m, options, leave.filter((l) => l.id === m.id).map((l) => l.name)) };
    return options.broken?.includes(m.id) ? { ...answer, summary: 42 } : answer;
  });
  return JSON.stringify({ answers: options.reverse ? answers.reverse() : answers });
}

/** The JSON text a model answers to a single-symbol prompt (the first symbol if it is grouped). */
export function answerSingle(body: unknown, options: Pick<GroupAnswerOptions, 'summary'> = {}): string {
  return JSON.stringify(memberAnswer(promptMembers(body)[0], options));
}

/** True when the request's prompt lists symbols under `### Symbol <id>` headings. */
export function isGroupedPrompt(body: unknown): boolean {
  return promptMembers(body)[0]?.id !== '';
}
