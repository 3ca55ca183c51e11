/**
 * What a Java method body does, for the checks: the exceptions it throws with `throw new X(...)`
 * (not those its own `try` catches), the ones it passes on from a `catch` (`throw e`), and whether
 * it returns a value. Lambdas and anonymous or local class bodies belong to someone else.
 */
import { children, field, namedChildren, type FlowGrammar, type Node } from '../../core/extract/nodes';

/** Node types whose bodies are not the enclosing method's (lambdas, anonymous and local classes, enum constant bodies). */
export const JAVA_NESTED_SCOPES: ReadonlySet<string> = new Set(['lambda_expression', 'class_body', 'interface_body', 'enum_body', 'annotation_type_body']);

const TRY_NODES = new Set(['try_statement', 'try_with_resources_statement']);
/** Where a throw stops looking for a `try` or `catch` around it: the method, or a nested scope. */
const METHOD_BOUNDARY = new Set(['method_declaration', 'constructor_declaration', 'compact_constructor_declaration', ...JAVA_NESTED_SCOPES]);

/**
 * The few JDK exceptions whose supertype a `catch` commonly names, so that
 * `try { throw new NumberFormatException(); } catch (IllegalArgumentException e)` counts as caught.
 * The hierarchy of other types is unknown here: their throw is caught only by a `catch` of the same
 * name, `Exception` (unless the name ends in `Error`) or `Throwable`.
 */
const SUPERTYPES: Record<string, string[]> = {
  FileNotFoundException: ['IOException'],
  EOFException: ['IOException'],
  InvalidObjectException: ['ObjectStreamException', 'IOException'],
  InvalidClassException: ['ObjectStreamException', 'IOException'],
  NotSerializableException: ['ObjectStreamException', 'IOException'],
  StreamCorruptedException: ['ObjectStreamException', 'IOException'],
  InterruptedIOException: ['IOException'],
  UnsupportedEncodingException: ['IOException'],
  ObjectStreamException: ['IOException'],
  NotActiveException: ['ObjectStreamException', 'IOException'],
  OptionalDataException: ['ObjectStreamException', 'IOException'],
  SocketTimeoutException: ['InterruptedIOException', 'IOException'],
  ConnectException: ['SocketException', 'IOException'],
  BindException: ['SocketException', 'IOException'],
  MalformedInputException: ['CharacterCodingException', 'IOException'],
  UnmappableCharacterException: ['CharacterCodingException', 'IOException'],
  SSLException: ['IOException'],
  UTFDataFormatException: ['IOException'],
  CharacterCodingException: ['IOException'],
  MalformedURLException: ['IOException'],
  UnknownHostException: ['IOException'],
  SocketException: ['IOException'],
  ZipException: ['IOException'],
  FileSystemException: ['IOException'],
  NoSuchFileException: ['FileSystemException', 'IOException'],
  AccessDeniedException: ['FileSystemException', 'IOException'],
  FileAlreadyExistsException: ['FileSystemException', 'IOException'],
  DirectoryNotEmptyException: ['FileSystemException', 'IOException'],
  NotDirectoryException: ['FileSystemException', 'IOException'],
  ClosedChannelException: ['IOException'],
  ClassNotFoundException: ['ReflectiveOperationException'],
  NoSuchMethodException: ['ReflectiveOperationException'],
  NoSuchFieldException: ['ReflectiveOperationException'],
  IllegalAccessException: ['ReflectiveOperationException'],
  InstantiationException: ['ReflectiveOperationException'],
  InvocationTargetException: ['ReflectiveOperationException'],
  UncheckedIOException: ['RuntimeException'],
  IllegalArgumentException: ['RuntimeException'],
  NumberFormatException: ['IllegalArgumentException', 'RuntimeException'],
  IllegalStateException: ['RuntimeException'],
  NullPointerException: ['RuntimeException'],
  UnsupportedOperationException: ['RuntimeException'],
  ClassCastException: ['RuntimeException'],
  ArithmeticException: ['RuntimeException'],
  IndexOutOfBoundsException: ['RuntimeException'],
  ArrayIndexOutOfBoundsException: ['IndexOutOfBoundsException', 'RuntimeException'],
  StringIndexOutOfBoundsException: ['IndexOutOfBoundsException', 'RuntimeException'],
  NoSuchElementException: ['RuntimeException'],
  ConcurrentModificationException: ['RuntimeException'],
};

/** `java.io.IOException` -> `IOException`; `Bad<T>` -> `Bad`. */
export function simpleTypeName(type: string): string {
  const bare = type.replace(/<[\s\S]*$/, '').trim();
  return bare.slice(bare.lastIndexOf('.') + 1);
}

/**
 * Whether a `throws` clause's `declared` type stands for a `throw new thrown(...)` of the body: the
 * same type, or a known supertype (`IOException` for `InvalidObjectException`). Not `Exception`:
 * a method that declares it still documents the `IllegalArgumentException` it throws.
 */
export function declares(declared: string, thrown: string): boolean {
  const name = simpleTypeName(declared);
  const type = simpleTypeName(thrown);
  return name === type || (SUPERTYPES[type] ?? []).includes(name);
}

function catches(caught: string, thrown: string): boolean {
  const name = simpleTypeName(caught);
  if (name === 'Throwable' || name === thrown) return true;
  if (name === 'Exception') return !thrown.endsWith('Error');
  return (SUPERTYPES[thrown] ?? []).includes(name);
}

/** The types a `catch (A | B e)` names, as written. */
export function catchTypes(clause: Node): string[] {
  const parameter = namedChildren(clause).find((c) => c.type === 'catch_formal_parameter');
  const types = parameter && namedChildren(parameter).find((c) => c.type === 'catch_type');
  return types ? namedChildren(types).filter((t) => !t.type.endsWith('annotation') && t.type !== 'comment').map((t) => t.text) : [];
}

function catchName(clause: Node): string | undefined {
  const parameter = namedChildren(clause).find((c) => c.type === 'catch_formal_parameter');
  return parameter ? field(parameter, 'name')?.text : undefined;
}

/** The type `throw new X<...>(...)` creates, as written without type arguments. */
function createdType(expression: Node): string | undefined {
  if (expression.type !== 'object_creation_expression') return undefined;
  const type = field(expression, 'type');
  if (!type) return undefined;
  const named = type.type === 'generic_type' ? namedChildren(type)[0] : type;
  return named?.text.replace(/\s+/g, '');
}

/** Whether a `try` of the same method around `node` has a `catch` for `thrown`. */
function caughtInPlace(node: Node, thrown: string): boolean {
  for (let child = node, parent = node.parent; parent && !METHOD_BOUNDARY.has(parent.type); child = parent, parent = parent.parent) {
    if (!TRY_NODES.has(parent.type) || field(parent, 'body')?.id !== child.id) continue;
    const clauses = children(parent).filter((c) => c.type === 'catch_clause');
    if (clauses.some((clause) => catchTypes(clause).some((caught) => catches(caught, thrown)))) return true;
  }
  return false;
}

/** The `catch` of the same method whose parameter `name` is, around `node`. */
function enclosingCatch(node: Node, name: string): Node | undefined {
  for (let parent = node.parent; parent && !METHOD_BOUNDARY.has(parent.type); parent = parent.parent) {
    if (parent.type === 'catch_clause' && catchName(parent) === name) return parent;
  }
  return undefined;
}

const valueOf = (node: Node) => namedChildren(node).find((c) => c.type !== 'line_comment' && c.type !== 'block_comment');

export const JAVA_FLOW: FlowGrammar = {
  nestedScopes: JAVA_NESTED_SCOPES,
  flowTypes: ['throw_statement', 'return_statement'],
  raisedTypes(node) {
    if (node.type !== 'throw_statement') return undefined;
    const thrown = valueOf(node);
    if (!thrown) return undefined;
    const created = createdType(thrown);
    if (created) return caughtInPlace(node, simpleTypeName(created)) ? { types: [] } : { types: [created] };
    // `throw e` in `catch (IOException e)` passes on what was caught; any other variable says nothing of its type.
    const clause = thrown.type === 'identifier' ? enclosingCatch(node, thrown.text) : undefined;
    return clause ? { types: catchTypes(clause), reraised: true } : undefined;
  },
  returnsValue: (node) => node.type === 'return_statement' && valueOf(node) !== undefined,
  // `yield` in a switch expression gives the switch its value; Java has no generators.
  isYield: () => false,
};
