/**
 * What a Python return annotation and raise targets say, for the checks: the parts of a
 * generator annotation, and whether a documented exception names a raised one.
 */
import type { SymbolFact } from '../../core/extract/types';
import { splitTopLevel, VOID } from '../../core/validate/types';


export interface IteratorAnnotation {
  /** The yielded type; undefined when the annotation does not say (`Generator` bare). */
  yields?: string;
  /** The generator's return type; undefined when the annotation does not say (`Iterator[int]`, `Generator` bare). */
  returns?: string;
}

/**
 * The parts of `Generator[Y, S, R]`, `AsyncGenerator[Y, S]`, `Iterator[Y]`, `Iterable[Y]`
 * (and their async forms), or undefined for any other annotation. `Generator[Y]` and
 * `Generator[Y, S]` return None (PEP 696 defaults); an async generator cannot return a value.
 * A Generator with more than three arguments is malformed: its return part is the whole text,
 * so a documented type never agrees with it (pydoclint reads it so too).
 */
export function iteratorAnnotation(annotation: string | undefined): IteratorAnnotation | undefined {
  if (!annotation) return undefined;
  const text = annotation.replace(/\s+/g, ' ').trim().replace(/^(typing|collections\.abc|t)\./, '');
  const match = /^(Async)?(Generator|Iterator|Iterable)\s*(?:\[(.*)\])?$/.exec(text);
  if (!match) return undefined;
  const [, isAsync, kind, inner] = match;
  const args = inner === undefined ? [] : splitTopLevel(inner, ',').map((arg) => arg.trim()).filter(Boolean);
  if (args.length === 0) return {};
  if (kind !== 'Generator') return { yields: args[0] };
  if (isAsync) return { yields: args[0], returns: 'None' };
  if (args.length > 3) return { yields: args[0], returns: annotation };
  return { yields: args[0], returns: args[2] ?? 'None' };
}

const isVoid = (type: string | undefined) => type !== undefined && VOID.test(type.replace(/\s+/g, ''));

/** A Python generator annotated to yield None (`Iterator[None]`: a @contextmanager, a fixture): nothing to describe, as `-> None` returns nothing. */
export function yieldsNothing(symbol: SymbolFact): boolean {
  return symbol.language === 'python' && isVoid(iteratorAnnotation(symbol.returnAnnotation)?.yields);
}

/** A Python generator annotated to return None (`Generator[Y, S, None]`, `Generator[Y]`, an async generator). */
export function generatorReturnsNothing(symbol: SymbolFact): boolean {
  return symbol.language === 'python' && isVoid(iteratorAnnotation(symbol.returnAnnotation)?.returns);
}

/**
 * A body that only states a contract: `@abstractmethod`, or a body of `pass` / `...` /
 * `raise NotImplementedError`. Its annotation and docstring describe what implementations do.
 */
export function isContractOnly(symbol: SymbolFact): boolean {
  if (symbol.isAbstract || symbol.isStub) return true;
  return !symbol.returnsValue && !symbol.yieldsValue && symbol.raises.length > 0 && symbol.raises.every((r) => r === 'NotImplementedError');
}

const segments = (name: string) => name.replace(/\s+/g, '').split('.').filter(Boolean);

/**
 * Whether a documented exception names the raised expression. `raise errors.NotFound()` is
 * documented as `NotFound` or `errors.NotFound`; `raise Err.from_code(3)` (a class, then an
 * attribute or factory) as `Err`: the documented dotted name is a run of the raised one's parts.
 */
export function documentsRaised(documented: string, raised: string): boolean {
  const doc = segments(documented);
  const body = segments(raised);
  if (doc.length === 0 || body.length === 0) return false;
  if (doc[doc.length - 1] === body[body.length - 1]) return true;
  for (let start = 0; start + doc.length <= body.length; start++) {
    if (doc.every((part, i) => body[start + i] === part)) return true;
  }
  return false;
}
