import assert from 'node:assert/strict';
import { cppConventions } from '../../src/languages/cpp/conventions';
import { isCppPublic, type CppSymbolFact } from '../../src/languages/cpp/facts';
import { cppParseInput, maskMacros } from '../../src/languages/cpp/macros';
import { parseInputOf } from '../../src/languages';
import { extract } from './cpp.tools';

async function symbols(text: string, language: 'c' | 'cpp' = 'cpp', indentUnit = '    '): Promise<Map<string, CppSymbolFact>> {
  const result = await extract(text, language, indentUnit);
  assert.equal(result.hasErrors, false, 'fixture parses');
  return result.byId;
}

const get = (found: Map<string, CppSymbolFact>, id: string): CppSymbolFact => {
  const symbol = found.get(id);
  assert.ok(symbol, `${id} among ${[...found.keys()].join(', ')}`);
  return symbol;
};

const SAMPLE = `/**
 * @file shapes.hpp
 * @brief Shapes.
 */
#pragma once
#include <stdexcept>

#define SHAPES_VERSION 2
#define SHAPES_MAX(a, b) ((a) > (b) ? (a) : (b))

namespace geo {
namespace detail { int helper(); }

/// A shape.
template <typename T, int N = 3>
class [[nodiscard]] Shape : public Base<T>, private Mixin {
    int hidden_;
public:
    Shape() = default;
    explicit Shape(T side);
    virtual ~Shape();
    [[nodiscard]] virtual double area(const T& scale, int precision = 2) const noexcept override = 0;
    Shape& operator=(const Shape&) = delete;
    explicit operator bool() const;
    static constexpr int kSides = N;
    template <typename U>
    U as() const { if (!ok) throw std::logic_error("bad"); auto f = [] { throw Inner(); }; return U(); }
protected:
    int guarded;
};

struct Point { int x, y; };
union Number { int i; double d; };
enum Color { Red, Green = 3 };
enum class Mode : unsigned { Fast, Safe };
typedef struct { int w; } Size;
using Id = unsigned long;
constexpr double kPi = 3.14;
static int counter;
extern "C" { int c_api(const char* name, ...); }
}  // namespace geo

namespace {
int local_only();
}

template <typename T, int N>
Shape<T, N>::Shape(T side) { if (side < 0) throw std::invalid_argument("side"); }

int geo::detail::helper() { return 1; }
`;

describe('C/C++ extraction', () => {
  it('finds every construct with its kind and name path through namespaces and classes', async () => {
    const found = await symbols(SAMPLE);
    const expected: [string, string][] = [
      ['module:', 'file'],
      ['constant:SHAPES_VERSION', 'macro'],
      ['function:SHAPES_MAX', 'function-macro'],
      ['class:geo', 'namespace'],
      ['class:geo.detail', 'namespace'],
      ['function:geo.detail.helper', 'function'],
      ['class:geo.Shape', 'class'],
      ['property:geo.Shape.hidden_', 'field'],
      ['method:geo.Shape.Shape', 'constructor'],
      ['method:geo.Shape.Shape#1', 'constructor'],
      ['method:geo.Shape.~Shape', 'destructor'],
      ['method:geo.Shape.area', 'method'],
      ['method:geo.Shape.operator=', 'operator'],
      ['method:geo.Shape.operator bool', 'operator'],
      ['property:geo.Shape.kSides', 'field'],
      ['method:geo.Shape.as', 'method'],
      ['property:geo.Shape.guarded', 'field'],
      ['class:geo.Point', 'struct'],
      ['property:geo.Point.x', 'field'],
      ['property:geo.Point.y', 'field'],
      ['class:geo.Number', 'union'],
      ['enum:geo.Color', 'enum'],
      ['enum-member:geo.Color.Green', 'enumerator'],
      ['enum:geo.Mode', 'enum-class'],
      ['class:geo.Size', 'struct'],
      ['type:geo.Id', 'using'],
      ['constant:geo.kPi', 'variable'],
      ['variable:geo.counter', 'variable'],
      ['function:geo.c_api', 'function'],
      ['function:local_only', 'function'],
      ['method:Shape.Shape', 'constructor'],
      ['function:geo.detail.helper#1', 'function'],
    ];
    for (const [id, entity] of expected) assert.equal(get(found, id).cpp.entity, entity, id);
    // `typedef struct { } Size;` is the struct Size (as Doxygen names it), no separate typedef.
    assert.equal(found.has('type:geo.Size'), false);
  });

  it('reads templates, specifiers, default arguments, attributes, returns and throws', async () => {
    const found = await symbols(SAMPLE);
    const shape = get(found, 'class:geo.Shape');
    assert.deepEqual(shape.typeParams, ['T', 'N']);
    assert.deepEqual(shape.bases, ['Base<T>', 'Mixin']);
    assert.deepEqual(shape.decorators, ['nodiscard']);
    const area = get(found, 'method:geo.Shape.area');
    assert.deepEqual(area.cpp.specifiers, ['virtual', 'const', 'noexcept', 'override', '= 0']);
    assert.deepEqual(area.decorators, ['nodiscard']);
    assert.equal(area.isAbstract, true);
    assert.equal(area.isStub, true);
    assert.deepEqual(area.params.map((p) => [p.name, p.annotation, p.optional, p.default]), [['scale', 'const T &', false, undefined], ['precision', 'int', true, '2']]);
    assert.equal(area.returnAnnotation, 'double');
    assert.equal(area.returnsValue, true);
    assert.deepEqual(get(found, 'method:geo.Shape.operator=').cpp.specifiers, ['= delete']);
    assert.equal(get(found, 'method:geo.Shape.operator=').returnAnnotation, 'Shape &');
    assert.equal(get(found, 'method:geo.Shape.operator bool').returnAnnotation, 'bool');
    assert.equal(get(found, 'method:geo.Shape.~Shape').returnsValue, false);
    const as = get(found, 'method:geo.Shape.as');
    assert.deepEqual(as.typeParams, ['U']);
    // The lambda's throw is the lambda's.
    assert.deepEqual(as.raises, ['std::logic_error']);
    assert.deepEqual(get(found, 'method:Shape.Shape').raises, ['std::invalid_argument']);
    const api = get(found, 'function:geo.c_api');
    assert.equal(api.cpp.externC, true);
    assert.deepEqual(api.params.map((p) => [p.name, p.kind, p.implicit ?? false]), [['name', 'positional', false], ['...', 'rest', true]]);
    assert.deepEqual(get(found, 'function:SHAPES_MAX').params.map((p) => p.name), ['a', 'b']);
  });

  it('puts the comment above the template line and the attributes', async () => {
    const found = await symbols(SAMPLE);
    const shape = get(found, 'class:geo.Shape');
    assert.equal(SAMPLE.slice(shape.insertion.start).split('\n')[0], 'template <typename T, int N = 3>');
    assert.equal(shape.docstring?.content, 'A shape.');
    assert.ok(SAMPLE.slice(shape.range.start).startsWith('template'));
    const area = get(found, 'method:geo.Shape.area');
    assert.ok(SAMPLE.slice(area.insertion.start).startsWith('    [[nodiscard]] virtual'));
    assert.equal(area.insertion.prefix, '    ');
    assert.ok(SAMPLE.slice(area.signatureRange.start, area.signatureRange.end).endsWith('= 0'));
  });

  it('tells access and what a header reader sees', async () => {
    const found = await symbols(SAMPLE);
    const access = (id: string) => [get(found, id).cpp.access, get(found, id).cpp.exported];
    assert.deepEqual(access('property:geo.Shape.hidden_'), ['private', false]);
    assert.deepEqual(access('method:geo.Shape.area'), ['public', true]);
    assert.deepEqual(access('property:geo.Shape.guarded'), ['protected', true]);
    assert.deepEqual(access('property:geo.Point.x'), ['public', true]);
    assert.deepEqual(access('variable:geo.counter'), ['public', false]);
    assert.deepEqual(access('function:local_only'), ['public', false]);
    assert.equal(isCppPublic(get(found, 'method:geo.Shape.area')), true);
    assert.equal(cppConventions.isPublic!(get(found, 'class:geo')), false, 'a namespace is documented once, anywhere');
  });

  it('marks definitions of what is declared elsewhere, and links one to its declaration in the file', async () => {
    const found = await symbols(SAMPLE);
    const ctor = get(found, 'method:Shape.Shape');
    assert.equal(ctor.cpp.definesDeclaredElsewhere, true);
    assert.equal(ctor.cpp.qualifier, 'Shape<T, N>');
    assert.deepEqual(ctor.typeParams, ['T', 'N']);
    const helper = get(found, 'function:geo.detail.helper#1');
    assert.equal(helper.cpp.definesDeclaredElsewhere, true);
    assert.equal(helper.cpp.declaration, 'function:geo.detail.helper');
    assert.equal(cppConventions.sharesDoc!(helper), true);
    assert.equal(cppConventions.isPublic!(helper), false);
    assert.equal(get(found, 'function:geo.detail.helper').cpp.definesDeclaredElsewhere, undefined);
  });

  it('finds declarations inside #if blocks, with their conditions, and skips the include guard', async () => {
    const found = await symbols(`#ifndef LIB_H
#define LIB_H
#if defined(_WIN32)
int win();
#elif __linux__
int lin();
#else
int other();
#endif
struct S {
#ifdef DEBUG
  int debug_only;
#endif
};
enum E {
  A,
#if X
  B,
#endif
};
#endif
`);
    assert.equal(found.has('constant:LIB_H'), false);
    assert.deepEqual(get(found, 'function:win').cpp.conditions, ['#ifndef LIB_H', '#if defined(_WIN32)']);
    assert.deepEqual(get(found, 'function:lin').cpp.conditions, ['#ifndef LIB_H', '#elif __linux__']);
    assert.deepEqual(get(found, 'function:other').cpp.conditions, ['#ifndef LIB_H', '#else']);
    assert.deepEqual(get(found, 'property:S.debug_only').cpp.conditions, ['#ifndef LIB_H', '#ifdef DEBUG']);
    assert.ok(found.has('enum-member:E.B'));
  });

  it('attaches docs as Doxygen does', async () => {
    const found = await symbols(`/** @file x.h */
/** Documented across a blank line and a plain comment. */

// plain
int a();
/*** banner, not a doc */
int b();
//// not a doc
int c();
/// First.
/// Second line.
int d();
/** @defgroup g Group */
int e();
struct T {
    int x; ///< Trailing.
    int y; /**< Trailing block. */
    int z;
};
int m, n;
`);
    assert.equal(get(found, 'module:').docstring?.content, '@file x.h');
    assert.equal(get(found, 'function:a').docstring?.content, 'Documented across a blank line and a plain comment.');
    assert.equal(get(found, 'function:b').docstring, undefined);
    assert.equal(get(found, 'function:c').docstring, undefined);
    assert.equal(get(found, 'function:d').docstring?.content, 'First.\nSecond line.');
    assert.equal(get(found, 'function:e').docstring, undefined, 'a structural command documents what it names');
    assert.equal(get(found, 'property:T.x').docstring?.content, 'Trailing.');
    assert.equal(get(found, 'property:T.x').cpp.trailingDoc, true);
    assert.equal(get(found, 'property:T.y').docstring?.content, 'Trailing block.');
    assert.equal(get(found, 'property:T.z').docstring, undefined);
    assert.equal(get(found, 'variable:n').cpp.sharesCommentWith, 'variable:m');
    assert.equal(cppConventions.docless(get(found, 'variable:n')), true);
  });

  it('places the file comment below a licence header, and handles the first line, CRLF, tabs and mid-line declarations', async () => {
    const licensed = await symbols('// Copyright 2020 X.\n// SPDX-License-Identifier: MIT\n\n#include <a.h>\nint f();\n');
    const module = get(licensed, 'module:');
    assert.equal(module.insertion.start, '// Copyright 2020 X.\n// SPDX-License-Identifier: MIT\n\n'.length);
    assert.equal(module.insertion.suffix, '\n\n');
    const first = await symbols('int f();\nint g();\n');
    assert.equal(get(first, 'function:f').insertion.start, 0);
    const crlf = '/// Doc.\r\nint f(int a,\r\n      int b);\r\n';
    const f = get(await symbols(crlf), 'function:f');
    assert.equal(f.docstring?.content, 'Doc.');
    assert.equal(crlf.slice(f.signatureRange.start, f.signatureRange.end), 'int f(int a,\r\n      int b)');
    const tabs = get(await symbols('struct S {\n\tint a;\n};\n', 'c', '\t'), 'property:S.a');
    assert.equal(tabs.insertion.indent, '\t');
    const line = 'enum E { A, B };\n';
    const b = get(await symbols(line), 'enum-member:E.B');
    assert.equal(b.insertion.prefix, '\n    ');
    assert.equal(line.slice(b.insertion.start, b.insertion.end), ' ');
  });

  it('reads C with the C++ grammar: C names that are C++ keywords, function pointers, static functions', async () => {
    const found = await symbols(`struct s { int this; };
int new_value(int new, int class);
void (*signal(int sig, void (*func)(int)))(int);
static int helper(void) { return 0; }
int (*handler)(int);
`, 'c');
    assert.equal(get(found, 'function:new_value').language, 'c');
    assert.deepEqual(get(found, 'function:new_value').params.map((p) => p.name), ['new', 'class']);
    assert.ok(found.has('property:s.this'));
    const signal = get(found, 'function:signal');
    assert.deepEqual(signal.params.map((p) => p.name), ['sig', 'func']);
    assert.equal(signal.returnsValue, true);
    assert.equal(get(found, 'function:helper').params.length, 0, '(void) has no parameters');
    assert.equal(get(found, 'function:helper').cpp.exported, false);
    assert.equal(get(found, 'variable:handler').cpp.entity, 'variable');
  });

  it('maskMacros blanks what the grammar cannot read and keeps every offset', async () => {
    const text = `namespace std _GLIBCXX_VISIBILITY(default)
{
_GLIBCXX_BEGIN_NAMESPACE_VERSION
  /// Doc.
  _GLIBCXX20_CONSTEXPR int f(int __x) const _GLIBCXX_NOEXCEPT;
  extern int g (const char *__s) __THROW __nonnull ((1));
  enum E {
    ONLY
  };
_GLIBCXX_END_NAMESPACE_VERSION
}
`;
    const masked = maskMacros(text);
    assert.equal(masked.length, text.length);
    assert.equal(masked.split('\n').length, text.split('\n').length);
    assert.ok(!masked.includes('_GLIBCXX'));
    assert.ok(!masked.includes('__THROW') && !masked.includes('__nonnull'));
    assert.ok(masked.includes('ONLY'), 'a lone enumerator is no macro');
    assert.equal(maskMacros('class MYLIB_EXPORT Widget {};'), 'class              Widget {};');
    assert.equal(maskMacros('static\nBOOL\nFoo(void);\n'), 'static\nBOOL\nFoo(void);\n', 'a return type on its own line is no macro');
    assert.ok(masked.includes('/// Doc.'));
    // The pipeline's parse reads the masked text (the pack's parseInput): every parse of C and C++ does.
    assert.equal(parseInputOf('cpp'), cppParseInput);
    assert.equal(parseInputOf('c'), cppParseInput);
    const header = '#ifdef __cplusplus\nextern "C" {\n#endif\nint f(void);\n#ifdef __cplusplus\n}  // extern "C"\n#endif\n';
    const guarded = cppParseInput(header);
    assert.equal(guarded, header.replace('extern "C" {', ' '.repeat(12)).replace('}  // extern "C"', ' '.repeat(16)));
    assert.equal((await extract(header, 'c')).hasErrors, false, 'a C header with the C++ guard reads without an error');
    const found = await symbols(text);
    assert.equal(get(found, 'function:std.f').docstring?.content, 'Doc.');
    assert.equal(get(found, 'function:std.g').params[0].name, '__s');
    assert.ok(found.has('enum-member:std.E.ONLY'));
  });
});
