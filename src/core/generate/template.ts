/**
 * Template mode: a complete docstring skeleton from the extracted facts. The same model is what
 * an AI describer fills in later; names, kinds and types always come from the parser.
 */
import type { DocParam, Docstring, DocStyle } from '../docstring/model';
import { emptyDocstring } from '../docstring/model';
import type { ParamFact, SymbolFact } from '../extract/types';

export const SUMMARY_PLACEHOLDER = '_summary_';
export const DESCRIPTION_PLACEHOLDER = '_description_';

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

/** `Iterator[int]` / `Generator[int, None, None]` / `AsyncIterator<T>` yield `int` / `T`. */
function yieldedType(annotation: string | undefined): string | undefined {
  if (!annotation) return undefined;
  const match = /^(?:typing\.|collections\.abc\.)?(?:Async)?(?:Iterator|Iterable|Generator|IterableIterator)\s*[[<]\s*([^,\]>]+)/.exec(annotation);
  return match ? match[1].trim() : undefined;
}

/** `Promise<T>` gives `T` for the documented return of an async function. */
function awaitedType(annotation: string | undefined, isAsync: boolean): string | undefined {
  if (!annotation || !isAsync) return annotation;
  const match = /^Promise\s*<([\s\S]+)>$/.exec(annotation.trim());
  return match ? match[1].trim() : annotation;
}

function documentsReturn(symbol: SymbolFact): boolean {
  if (symbol.kind === 'class' || symbol.kind === 'module' || symbol.isProperty || symbol.yieldsValue) return false;
  if (symbol.language === 'python' && symbol.name === '__init__') return false;
  if (symbol.namePath[symbol.namePath.length - 1] === 'constructor' && symbol.language !== 'python') return false;
  const annotation = symbol.returnAnnotation?.replace(/\s+/g, '');
  if (annotation && /^(None|NoReturn|Never|void|never|undefined|Promise<void>|Promise<undefined>)$/.test(annotation)) return false;
  if (symbol.returnsValue) return true;
  // Stubs and abstract methods promise a value through their annotation.
  return Boolean(annotation) && (symbol.isStub || symbol.isAbstract || symbol.isOverload);
}

function params(symbol: SymbolFact, style: DocStyle): DocParam[] {
  const python = symbol.language === 'python';
  const out: DocParam[] = [];
  for (const param of symbol.params) {
    if (param.implicit) continue;
    const type = param.annotation ?? inferTypeFromDefault(param.default, python);
    out.push({
      name: documentedName(param),
      ...(type ? { type } : {}),
      description: DESCRIPTION_PLACEHOLDER,
      ...(param.optional && param.kind !== 'var-positional' && param.kind !== 'var-keyword' ? { optional: true } : {}),
      ...(param.default !== undefined ? { default: param.default } : {}),
    });
    // JSDoc documents the members of a destructured parameter as `param0.a`; TSDoc has no such form.
    if (param.kind === 'destructured' && style === 'jsdoc') {
      for (const element of param.elements ?? []) out.push({ name: `${param.name}.${element}`, description: DESCRIPTION_PLACEHOLDER });
    }
  }
  return out;
}

/** The skeleton for `symbol` in `style`. */
export function templateDocstring(symbol: SymbolFact, style: DocStyle): Docstring {
  const doc = emptyDocstring();
  doc.summary = SUMMARY_PLACEHOLDER;
  if (symbol.kind === 'function' || symbol.kind === 'method') {
    doc.params = params(symbol, style);
    if (documentsReturn(symbol)) {
      const type = awaitedType(symbol.returnAnnotation, symbol.isAsync);
      doc.returns = { ...(type ? { type } : {}), description: DESCRIPTION_PLACEHOLDER };
    }
    if (symbol.yieldsValue) {
      const type = yieldedType(symbol.returnAnnotation);
      doc.yields = { ...(type ? { type } : {}), description: DESCRIPTION_PLACEHOLDER };
    }
    doc.raises = symbol.raises.map((type) => ({ type, description: DESCRIPTION_PLACEHOLDER }));
  }
  if (style === 'tsdoc') doc.typeParams = symbol.typeParams.map((name) => ({ name, description: DESCRIPTION_PLACEHOLDER }));
  return doc;
}

/**
 * Regenerate: the skeleton for the current signature, keeping every description a person wrote
 * for names that still exist, and every section the model does not own.
 */
export function mergeDocstring(fresh: Docstring, existing: Docstring): Docstring {
  const described = new Map(existing.params.map((p) => [p.name.replace(/^\*+/, ''), p]));
  const keep = (text: string | undefined, fallback: string) => (text && text.trim() ? text : fallback);
  return {
    ...fresh,
    summary: keep(existing.summary, fresh.summary),
    description: existing.description || fresh.description,
    params: fresh.params.map((p) => {
      const old = described.get(p.name.replace(/^\*+/, ''));
      return old ? { ...p, description: keep(old.description, p.description) } : p;
    }),
    returns: fresh.returns && { ...fresh.returns, description: keep(existing.returns?.description, fresh.returns.description) },
    yields: fresh.yields && { ...fresh.yields, description: keep(existing.yields?.description, fresh.yields.description) },
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
