/** JSDoc / TSDoc checks that eslint-plugin-jsdoc's own rule tests exposed (issue 10). */
import assert from 'node:assert/strict';
import { validateText } from '../../src/core/validate';

const codes = async (text: string, language: 'javascript' | 'typescript' = 'javascript') =>
  (await validateText(text, language, { style: 'jsdoc' })).findings.map((f) => `${f.code} ${f.message.split(';')[0]}`);

describe('JSDoc validation (eslint-plugin-jsdoc cases)', () => {
  it('checks body-less declarations (declare, interface methods and call signatures, function-typed properties) and functions inside an IIFE', async () => {
    const declared = '/**\n * Reads.\n * @param barr The path.\n */\ndeclare function read(bar: number): string;\n';
    assert.deepEqual((await codes(declared, 'typescript')).sort(), [
      "DW101 Parameter 'barr' is documented but is not in the signature",
      "DW102 Parameter 'bar' is not documented",
      "DW201 'read' returns a value but the docstring documents no return",
    ]);
    const iface = 'export interface Shape {\n  /** @param wrong The w. */\n  area(width: number): void\n  /** @param wrong The w. */\n  scale: (factor: number) => void\n  /** Calls. */\n  (x: number): string\n}\n';
    assert.deepEqual((await codes(iface, 'typescript')).sort(), [
      "DW101 Parameter 'wrong' is documented but is not in the signature",
      "DW101 Parameter 'wrong' is documented but is not in the signature",
      "DW102 Parameter 'factor' is not documented",
      "DW102 Parameter 'width' is not documented",
      "DW102 Parameter 'x' is not documented",
      "DW201 'call' returns a value but the docstring documents no return",
    ]);
    const overload = '/**\n * Reads a fixture.\n * @param path The path.\n */\nexport function readFixture(path: string): Promise<Buffer>;\n';
    assert.deepEqual(await codes(overload, 'typescript'), ["DW201 'readFixture' returns a value but the docstring documents no return"]);
    const iife = '(function () {\n  /**\n   * Negates.\n   */\n  function f(param) {\n    return !param;\n  }\n})();\n';
    assert.deepEqual((await codes(iife)).sort(), ["DW102 Parameter 'param' is not documented", "DW201 'f' returns a value but the docstring documents no return"]);
  });
});
