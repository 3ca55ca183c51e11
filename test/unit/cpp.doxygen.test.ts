import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { emptyDocstring, type Docstring } from '../../src/core/docstring/model';
import { cppConventions } from '../../src/languages/cpp/conventions';
import { detectDoxygen, doxygenComment, doxygenLayout, doxygenDocComment, doxygenSlashComment, parseDoxygen, renderDoxygen, type DoxygenParam } from '../../src/languages/cpp/doxygen';
import { extract } from './cpp.tools';

const FULL: Docstring = {
  ...emptyDocstring(),
  summary: 'Copies a range.',
  description: 'Copies each element in turn.\n\n@code\ncopy(a, b, out);\n@endcode',
  typeParams: [{ name: 'It', description: 'An input iterator.' }],
  params: [
    { name: 'first', description: 'Start of the range,\ninclusive.', direction: 'in' } as DoxygenParam,
    { name: 'out', description: 'Where to write.', direction: 'out' } as DoxygenParam,
    { name: 'state', description: 'Updated.', direction: 'in,out' } as DoxygenParam,
    { name: 'n', description: 'How many.' },
  ],
  returns: { description: 'One past the last written.' },
  raises: [{ type: 'std::out_of_range', description: 'If n is too large.' }],
  sections: [
    { title: 'note', body: 'Not thread-safe.' },
    { title: 'see', body: 'copy_n()' },
    { title: 'retval', body: 'nullptr On failure.' },
  ],
};

describe('Doxygen style', () => {
  it('round-trips every field: summary, description, type parameters, parameters with directions, return, throws, other commands verbatim', () => {
    const rendered = renderDoxygen(FULL);
    assert.equal(rendered[0], '@brief Copies a range.');
    assert.ok(rendered.includes('@param[in] first Start of the range,'));
    assert.ok(rendered.includes('@param[in,out] state Updated.'));
    assert.ok(rendered.includes('@tparam It An input iterator.'));
    const { doc, problems } = parseDoxygen(rendered.join('\n'));
    assert.deepEqual(problems, []);
    assert.deepEqual(doc, FULL);
    // Without @brief, with backslash commands.
    const plain = renderDoxygen(FULL, { brief: false, command: '\\' });
    assert.equal(plain[0], 'Copies a range.');
    assert.ok(plain.includes('\\param[out] out Where to write.'));
    assert.deepEqual(parseDoxygen(plain.join('\n')).doc, FULL);
  });

  it('reads @ and \\ commands, their aliases, and keeps @code blocks and fences as text', () => {
    const { doc } = parseDoxygen(`Summary line
continues.

Details.
\\code
@param not_a_param
\\endcode
\`\`\`
@return not a return
\`\`\`
\\param x The x.
@returns Something.
@exception Err When.
@throw Other Too.
@todo Later.`);
    assert.equal(doc.summary, 'Summary line\ncontinues.');
    assert.ok(doc.description.includes('@param not_a_param'));
    assert.ok(doc.description.includes('@return not a return'));
    assert.deepEqual(doc.params, [{ name: 'x', description: 'The x.' }]);
    assert.equal(doc.returns?.description, 'Something.');
    assert.deepEqual(doc.raises.map((r) => r.type), ['Err', 'Other']);
    assert.deepEqual(doc.sections, [{ title: 'todo', body: 'Later.' }]);
  });

  it('ends a command at a blank line, as Doxygen does: what follows is details', () => {
    const { doc } = parseDoxygen('@brief B.\n@param x The x.\n\nMore about it.');
    assert.equal(doc.params[0].description, 'The x.');
    assert.equal(doc.description, 'More about it.');
  });

  it('reports a bad direction and a @param without a name', () => {
    const { problems } = parseDoxygen('S.\n@param[sideways] x X.\n@param');
    assert.equal(problems.length, 2);
    assert.ok(problems.every((p) => p.section === 'params'));
  });

  it('reads a real libstdc++ comment (vector::at) into the right fields', async () => {
    const path = '/usr/include/c++/12/bits/stl_vector.h';
    if (!existsSync(path)) return;
    const text = readFileSync(path, 'utf8');
    const { symbols } = await extract(text, 'cpp');
    const at = symbols.find((s) => s.name === 'at' && s.docstring?.content.includes('@throw'));
    assert.ok(at, 'vector::at found with its doc');
    const { doc } = parseDoxygen(at.docstring!.content);
    assert.equal(doc.summary, 'Provides access to the data contained in the %vector.');
    assert.deepEqual(doc.params.map((p) => p.name), ['__n']);
    assert.equal(doc.params[0].description, 'The index of the element for which data should be\naccessed.');
    assert.equal(doc.returns?.description, 'Read/write reference to data.');
    assert.deepEqual(doc.raises.map((r) => r.type), ['std::out_of_range']);
    assert.ok(doc.description.startsWith('This function provides for safer data access.'));
    assert.deepEqual(at.params.map((p) => p.name), ['__n']);
  });

  it('reads the documented parameters of libstdc++ (bits/ sample) as the signatures name them', async () => {
    const dir = '/usr/include/c++/12/bits';
    if (!existsSync(dir)) return;
    let documented = 0;
    let names = 0;
    let matched = 0;
    let problems = 0;
    for (const file of ['stl_vector.h', 'stl_list.h', 'basic_string.h', 'stl_algo.h', 'stl_map.h', 'shared_ptr_base.h']) {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      const { symbols } = await extract(text, 'cpp');
      for (const symbol of symbols.filter((s) => s.docstring && (s.kind === 'function' || s.kind === 'method'))) {
        documented++;
        const parsed = parseDoxygen(symbol.docstring!.content);
        problems += parsed.problems.length;
        for (const p of parsed.doc.params) {
          names++;
          if (symbol.params.some((q) => q.name === p.name)) matched++;
        }
      }
    }
    console.log(`      ${documented} documented functions, ${names} @param names, ${matched} name a parameter of the signature, ${problems} problems`);
    assert.ok(documented > 300);
    assert.ok(matched >= 0.95 * names, `${matched} of ${names}`);
  });

  it('writes both comment forms, and keeps the replaced one\'s spelling', () => {
    assert.equal(doxygenComment(['@brief S.', '', '@param x X.'], '  '), '/**\n   * @brief S.\n   *\n   * @param x X.\n   */');
    assert.equal(doxygenSlashComment(['S.', '', 'D.'], '  '), '/// S.\n  ///\n  /// D.');
    assert.equal(doxygenComment(['a */ b'], ''), '/**\n * a *&#47; b\n */');
    assert.equal(doxygenDocComment(['S.'], '', '/** Old. */'), '/** S. */');
    assert.equal(doxygenDocComment(['S.', 'T.'], '', '/*! Old.\n */'), '/*!\n * S.\n * T.\n */');
    assert.equal(doxygenDocComment(['S.'], '', '//! Old.'), '//! S.');
    assert.equal(doxygenDocComment(['S.'], '', '///< Old.'), '///< S.');
    assert.equal(doxygenDocComment(['S.', 'T.'], '', '///< Old.'), '/**<\n * S.\n * T.\n */');
    assert.equal(doxygenDocComment(['S.'], '', undefined, 'slash'), '/// S.');
  });

  it('detects the form, @brief and the command character from a file\'s comments', () => {
    assert.deepEqual(detectDoxygen(['/** @brief A. */', '/** @brief B.\n * @param x X. */', '/// C.', '// plain']), { form: 'block', brief: true, command: '@' });
    assert.deepEqual(detectDoxygen(['/// A.', '/// \\param x X.', '/** B. */']), { form: 'slash', brief: false, command: '\\' });
    assert.equal(detectDoxygen(['// plain', '/* plain */', '//// banner']), undefined);
    assert.deepEqual(doxygenLayout('\\brief S.\n\\param x X.'), { brief: true, command: '\\' });
    assert.deepEqual(doxygenLayout('S.\n@param x X.'), { brief: false, command: '@' });
  });

  it('conventions: @file for a new file comment, throws matched by last name, markers in doc lines', () => {
    assert.deepEqual(cppConventions.moduleSections('javadoc'), [{ title: 'file', body: '' }]);
    assert.equal(cppConventions.sameException('out_of_range', 'std::out_of_range'), true);
    assert.equal(cppConventions.sameException('std::logic_error', 'std::out_of_range'), false);
    for (const line of ['/// text', ' * text', '/** text', '///< text', '//! text']) assert.equal(line.replace(cppConventions.docLineLead, ''), 'text', line);
  });
});
