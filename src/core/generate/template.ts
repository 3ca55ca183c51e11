/**
 * Template mode: a complete docstring skeleton from the extracted facts. The same model is what
 * an AI describer fills in later; names, kinds and types always come from the parser.
 */
import type { DocParam, Docstring, DocStyle } from '../docstring/model';
import { emptyDocstring } from '../docstring/model';
import type { ParamFact, SymbolFact } from '../extract/types';
import { typeArguments, typeForDocstring } from './typeText';
import { conventionsOf } from '../../languages';

export const SUMMARY_PLACEHOLDER = '_summary_';
export const DESCRIPTION_PLACEHOLDER = '_description_';
/** Templates never invent a type; a type written as this marker is one more tab stop of a snippet. */
export const TYPE_PLACEHOLDER = '_type_';

/** The name a parameter is documented under (Python keeps the stars of `*args` / `**kwargs`). */
export function documentedName(param: ParamFact): string {
  if (param.kind === 'var-positional') return `*${param.name}`;
  if (param.kind === 'var-keyword') return `**${param.name}`;
  return param.name;
}

/** A type for an unannotated parameter, read off a literal default (`=1` is an int). */
export function inferTypeFromDefault(value: string | undefined, python: boolean): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^[-+]?\d+$/.test(v)) return python ? 'int' : 'number';
  if (/^[-+]?(\d+\.\d*|\.\d+|\d+e[-+]?\d+)$/i.test(v)) return python ? 'float' : 'number';
  if (python && /^(True|False)$/.test(v)) return 'bool';
  if (!python && /^(true|false)$/.test(v)) return 'boolean';
  if (/^[rbuRBU]*(['"]).*\1$/s.test(v) || /^`/.test(v)) return python ? 'str' : 'string';
  if (/^\[.*\]$/s.test(v)) return python ? 'list' : 'Array';
  if (python && /^\{.*\}$/s.test(v)) return 'dict';
  if (python && /^\(.*\)$/s.test(v)) return 'tuple';
  return undefined;
}

/** `Iterator[int]` / `Generator[Tuple[str, int], None, None]` / `AsyncIterator<T>` yield `int` / `Tuple[str, int]` / `T`. */
export function yieldedTypeOf(annotation: string | undefined, python: boolean): string | undefined {
  if (!annotation) return undefined;
  const type = typeForDocstring(annotation, python);
  if (!/^(?:typing\.|collections\.abc\.)?(?:Async)?(?:Iterator|Iterable|Generator|IterableIterator)\s*[[<]/.test(type)) return undefined;
  return typeArguments(type)?.[0] || undefined;
}

/** `Promise<T>` gives `T` for the documented return of an async function. */
export function awaitedType(annotation: string | undefined, isAsync: boolean): string | undefined {
  if (!annotation || !isAsync) return annotation;
  const match = /^Promise\s*<([\s\S]+)>$/.exec(annotation.trim());
  return match ? match[1].trim() : annotation;
}

function documentsReturn(symbol: SymbolFact): boolean {
  if (symbol.kind === 'class' || symbol.kind === 'module' || symbol.isProperty) return false;
  return conventionsOf(symbol.language).documentsReturn(symbol);
}

/** How the template treats what the code says beyond names and types. */
export interface TemplateOptions {
  /** State each parameter's default (`Defaults to X.`, `by default X`, `[name=X]`); default true. */
  mentionDefaults?: boolean;
}

function params(symbol: SymbolFact, style: DocStyle, mentionDefaults: boolean): DocParam[] {
  const conventions = conventionsOf(symbol.language);
  const out: DocParam[] = [];
  for (const param of symbol.params) {
    if (param.implicit) continue;
    const type = param.annotation !== undefined ? conventions.typeText(param.annotation) : param.default !== undefined ? conventions.defaultType(param.default) : undefined;
    out.push({
      name: documentedName(param),
      ...(type ? { type } : {}),
      description: DESCRIPTION_PLACEHOLDER,
      ...(param.optional && param.kind !== 'var-positional' && param.kind !== 'var-keyword' ? { optional: true } : {}),
      ...(param.default !== undefined && mentionDefaults ? { default: param.default } : {}),
    });
    // JSDoc documents the members of a destructured parameter as `param0.a`; TSDoc has no such form.
    if (param.kind === 'destructured' && style === 'jsdoc') {
      // Keys as the validator reads them: nested ones too (`param0.a.b`), array elements by the name
      // they bind, a `...rest` key but no array hole.
      for (const member of param.members ?? []) {
        if (member.optional === 'hole' || (member.optional && member.path.includes('.'))) continue;
        out.push({ name: `${param.name}.${member.alias ?? member.path}`, description: DESCRIPTION_PLACEHOLDER });
      }
    }
  }
  return out;
}

/** A record class's fields as Attributes entries; enum members have no type of their own to show. */
export function attributes(symbol: SymbolFact): DocParam[] {
  return (symbol.fields ?? []).map((f) => {
    const type = f.annotation !== undefined ? conventionsOf(symbol.language).typeText(f.annotation) : undefined;
    return { name: f.name, ...(type ? { type } : {}), description: DESCRIPTION_PLACEHOLDER };
  });
}

/** The skeleton for `symbol` in `style`. */
export function templateDocstring(symbol: SymbolFact, style: DocStyle, options: TemplateOptions = {}): Docstring {
  const doc = emptyDocstring();
  const conventions = conventionsOf(symbol.language);
  // Go's summary starts with the symbol's name: `Name _summary_`.
  doc.summary = conventions.namedSummary?.(SUMMARY_PLACEHOLDER, symbol) ?? SUMMARY_PLACEHOLDER;
  // A class whose declaration has parameters (a Java record's components) documents them as a function does.
  if (symbol.kind === 'class' && symbol.params.length > 0) doc.params = params(symbol, style, options.mentionDefaults ?? true);
  // Go's comments have no entries: parameters, results and panics are prose.
  if ((symbol.kind === 'function' || symbol.kind === 'method') && conventions.entries !== false) {
    doc.params = params(symbol, style, options.mentionDefaults ?? true);
    if (documentsReturn(symbol)) {
      const type = conventionsOf(symbol.language).returnedType(symbol);
      doc.returns = { ...(type ? { type } : {}), description: DESCRIPTION_PLACEHOLDER };
    }
    if (symbol.yieldsValue && !conventionsOf(symbol.language).yieldsNothing(symbol)) {
      const type = conventionsOf(symbol.language).yieldedType(symbol);
      doc.yields = { ...(type ? { type } : {}), description: DESCRIPTION_PLACEHOLDER };
    }
    // NotImplementedError marks a method for subclasses to implement, not an error for callers.
    doc.raises = symbol.raises.filter((type) => type !== 'NotImplementedError').map((type) => ({ type, description: DESCRIPTION_PLACEHOLDER }));
  }
  // Rust's `# Errors`, `# Panics`, `# Safety` (an unsafe trait's too), each with a line to complete.
  if (symbol.kind !== 'module' && conventions.sectionsOwed) doc.sections = conventions.sectionsOwed(symbol);
  if (symbol.kind === 'module') doc.sections = conventionsOf(symbol.language).moduleSections(style);
  // A record class (dataclass, pydantic model, enum...) documents its fields in an Attributes section.
  if (symbol.kind === 'class' && symbol.fields?.length) doc.attributes = attributes(symbol);
  if (conventionsOf(symbol.language).documentsTypeParams(style)) doc.typeParams = symbol.typeParams.map((name) => ({ name, description: DESCRIPTION_PLACEHOLDER }));
  return doc;
}

/**
 * Regenerate / repair: the skeleton for the current signature, keeping every description a person
 * wrote for names that still exist, and every section the model does not own. A type a person
 * wrote stays unless it contradicts the annotation. When exactly one documented name disappeared
 * and exactly one parameter appeared at the same place, that is a rename: the description moves.
 */
export function mergeDocstring(fresh: Docstring, existing: Docstring, sameType: (a: string, b: string) => boolean = (a, b) => a === b, options: TemplateOptions = {}): Docstring {
  // `root."foo"` is the JSDoc member `root.foo`.
  const key = (name: string) => name.replace(/^[\\*]+/, '').replace(/\\/g, '').replace(/(^|\.)(["'])([^."']*)\2(?=\.|$)/g, '$1$3');
  const described = new Map(existing.params.map((p) => [key(p.name), p]));
  const freshNames = new Set(fresh.params.map((p) => key(p.name)));
  const gone = existing.params.filter((p) => !freshNames.has(key(p.name)) && !p.name.includes('.'));
  const added = fresh.params.filter((p) => !described.has(key(p.name)) && !p.name.includes('.'));
  const renamed = gone.length === 1 && added.length === 1 && existing.params.indexOf(gone[0]) === fresh.params.indexOf(added[0]) ? gone[0] : undefined;
  if (renamed) described.set(key(added[0].name), { ...renamed, name: added[0].name });
  // With **kwargs, documented names that are not parameters are the keyword arguments it accepts:
  // they stay (after **kwargs), and stand for **kwargs when it was not documented itself.
  const kwargs = fresh.params.find((p) => p.name.startsWith('**'));
  const keywordArgs = kwargs ? gone.filter((p) => p !== renamed) : [];
  const freshParams = kwargs && keywordArgs.length && !described.has(key(kwargs.name))
    ? fresh.params.flatMap((p) => (p === kwargs ? keywordArgs : [p]))
    : fresh.params.flatMap((p) => (p === kwargs ? [p, ...keywordArgs] : [p]));
  const keep = (text: string | undefined, fallback: string) => (text && text.trim() ? text : fallback);
  const keepType = (written: string | undefined, actual: string | undefined) => (written && (!actual || sameType(written, actual)) ? written : actual);
  return {
    ...fresh,
    summary: keep(existing.summary, fresh.summary),
    description: existing.description || fresh.description,
    params: freshParams.map((p) => {
      if (keywordArgs.includes(p)) return p;
      const old = described.get(key(p.name));
      if (!old) return p;
      const type = keepType(old.type, p.type);
      const merged: DocParam = { ...p, description: keep(old.description, p.description) };
      // `[note]` in JSDoc says the author treats it as optional even where the code does not.
      if (old.optional) merged.optional = true;
      const value = mergedDefault(p.default, old.default, options.mentionDefaults ?? true);
      if (value !== undefined) merged.default = value;
      else delete merged.default;
      if (type) merged.type = type;
      else delete merged.type;
      return merged;
    }),
    returns: fresh.returns && { ...fresh.returns, ...optionalType(keepType(existing.returns?.type, fresh.returns.type)), description: keep(existing.returns?.description, fresh.returns.description) },
    yields: fresh.yields && { ...fresh.yields, ...optionalType(keepType(existing.yields?.type, fresh.yields.type)), description: keep(existing.yields?.description, fresh.yields.description) },
    raises: [
      ...fresh.raises.map((r) => ({ ...r, description: keep(existing.raises.find((e) => e.type === r.type)?.description, r.description) })),
      // Documented raises the body does not show may come from callees: a person wrote them, keep them.
      ...existing.raises.filter((e) => !fresh.raises.some((r) => r.type === e.type)),
    ],
    typeParams: fresh.typeParams.map((t) => {
      const old = existing.typeParams.find((e) => e.name === t.name);
      return old ? { ...t, description: keep(old.description, t.description) } : t;
    }),
    ...(existing.examples ? { examples: existing.examples } : {}),
    sections: existing.sections,
  };
}

/** A sentinel the body replaces (`x=None` documented as "Defaults to 'abc'."): the written value says more. */
const SENTINEL = /^(?:None|null|undefined)$/;

/**
 * The default to state: the code's, unless the docstring states one for a sentinel. With defaults
 * not mentioned the template states none, and a default a person wrote stays.
 */
function mergedDefault(code: string | undefined, written: string | undefined, mention: boolean): string | undefined {
  if (!mention) return written;
  if (code === undefined) return undefined;
  return written !== undefined && SENTINEL.test(code) ? written : code;
}

function optionalType(type: string | undefined): { type?: string } {
  return type ? { type } : {};
}
