"""Checker for Docwright's corpus test (test/corpus/run.ts).

Reads a manifest of JSON lines (from a file given as the only argument, or from stdin) and writes
one JSON line of results per manifest line to stdout, in the same order.

Manifest line kinds:

* ``{"kind": "probe", "id": ..., "orig": path}``: does the file at ``orig`` parse with ``ast``, and
  does it compile? Result: ``{"id", "parses": bool, "compiles": bool, "error": str | None}``.
* ``{"kind": "decode", "id": ..., "orig": path}``: the file's text, decoded as Python decodes
  source (coding cookie, BOM). Result: ``{"id", "text": str | None, "error": str | None}``.
* ``{"kind": "pair", "id": ..., "orig": path, "out": path, "documented": [...]}``: ``orig`` is the
  original source (bytes; ``ast.parse`` honours its coding cookie); ``out`` is Docwright's output,
  UTF-8 text (its coding cookie, if any, is ignored since it is parsed as ``str``). Each documented
  entry is ``{"name", "kind", "sigStart", "sigEnd"}`` with 1-based lines of the original.
  Result: ``{"id", "inputParses": bool, "inputError"?: str, "failures": [{"line", "name", "reason"}],
  "docsBefore", "docsAfter", "added", "undocumentedAfter": [{"line", "name", "overload"}]}``. When the input
  does not parse with ``ast`` (tree-sitter is more lenient, e.g. Python 2 ``print x``), nothing
  else is checked.
"""

import ast
import copy
import hashlib
import json
import sys
import tokenize
import warnings

DEFS = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def parse(source, filename):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(source, filename=filename)


def docstring_of(node):
    """The docstring of a Module/ClassDef/FunctionDef node as ast sees it, or None."""
    body = node.body
    if body and isinstance(body[0], ast.Expr):
        value = body[0].value
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            return value.value
    return None


def defs_in_order(tree):
    """Module, class and function nodes, depth first in source order."""
    out = []

    def visit(node):
        if isinstance(node, DEFS):
            out.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return out


def is_overload(node):
    """Decorated with ``@overload`` / ``@typing.overload``: Docwright leaves these stubs alone by design."""
    for decorator in getattr(node, "decorator_list", []):
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if (isinstance(target, ast.Name) and target.id == "overload") or (isinstance(target, ast.Attribute) and target.attr == "overload"):
            return True
    return False


def strip_docstrings(tree):
    for node in ast.walk(tree):
        if isinstance(node, DEFS) and docstring_of(node) is not None:
            node.body = node.body[1:]
    return tree


def error_text(error):
    if isinstance(error, SyntaxError):
        return f"{type(error).__name__}: {error.msg} (line {error.lineno}, column {error.offset})"
    return f"{type(error).__name__}: {error}"


class Info:
    """What the comparison needs of one parsed file: the docstring-less dump's hash and its defs."""

    def __init__(self, tree):
        defs = defs_in_order(tree)
        self.defs = [("<module>" if isinstance(n, ast.Module) else n.name, 1 if isinstance(n, ast.Module) else n.lineno) for n in defs]
        self.docs = [docstring_of(n) for n in defs]
        self.overloads = [is_overload(n) for n in defs]
        strip_docstrings(tree)
        self.digest = hashlib.sha256(ast.dump(tree, include_attributes=False).encode("utf-8", "surrogatepass")).hexdigest()


# The original of a file is checked once per style; parse and dump it once.
_originals = {}


def original_info(path):
    if path not in _originals:
        with open(path, "rb") as f:
            data = f.read()
        try:
            _originals[path] = (Info(parse(data, path)), None)
        except Exception as error:  # noqa: BLE001
            _originals[path] = (None, error_text(error))
    return _originals[path]


def check_pair(item):
    failures = []
    result = {"id": item["id"], "failures": failures, "inputParses": True, "docsBefore": 0, "docsAfter": 0, "added": 0, "undocumentedAfter": []}
    before, input_error = original_info(item["orig"])
    if before is None:
        result["inputParses"] = False
        result["inputError"] = input_error
        return result
    with open(item["out"], "r", encoding="utf-8", newline="") as f:
        out_text = f.read()
    try:
        after = Info(parse(out_text, item["out"]))
    except Exception as error:  # noqa: BLE001
        line = getattr(error, "lineno", 0) or 0
        failures.append({"line": line, "name": "", "reason": f"output does not parse: {error_text(error)}", "outputLine": True})
        return result

    result["docsBefore"] = sum(d is not None for d in before.docs)
    result["docsAfter"] = sum(d is not None for d in after.docs)
    if before.digest != after.digest or [d[0] for d in before.defs] != [d[0] for d in after.defs]:
        with open(item["orig"], "rb") as f:
            line, name = first_difference(defs_in_order(parse(f.read(), item["orig"])), defs_in_order(parse(out_text, item["out"])))
        failures.append({"line": line, "name": name, "reason": "syntax tree without docstrings differs from the original's"})
        return result

    # Which def did each documented symbol become?
    claimed = set()
    for sym in item.get("documented", []):
        match = None
        for index, (name, lineno) in enumerate(before.defs):
            if sym["kind"] == "module":
                if index == 0:
                    match = index
                    break
            elif index > 0 and name == sym["name"] and sym["sigStart"] <= lineno <= sym["sigEnd"]:
                match = index
                break
        if match is None:
            failures.append({"line": sym["sigStart"], "name": sym["name"], "reason": "documented symbol matches no def/class node of the input"})
            continue
        claimed.add(match)
        if before.docs[match] is not None:
            failures.append({"line": sym["sigStart"], "name": sym["name"], "reason": "documented a symbol that already had a docstring (per ast)"})
        elif after.docs[match] is None:
            failures.append({"line": sym["sigStart"], "name": sym["name"], "reason": "reported documented, but the output has no docstring there (per ast)"})

    for index, (old, new) in enumerate(zip(before.docs, after.docs)):
        name, lineno = before.defs[index]
        if old is not None and new != old:
            failures.append({"line": lineno, "name": name, "reason": "an existing docstring changed"})
        elif old is None and new is not None:
            result["added"] += 1
            if index not in claimed:
                failures.append({"line": lineno, "name": name, "reason": "docstring added to a symbol not reported as documented"})
        elif new is None:
            result["undocumentedAfter"].append({"line": lineno, "name": name, "overload": before.overloads[index]})
    documented = len(item.get("documented", []))
    if result["docsAfter"] - result["docsBefore"] != documented and not failures:
        failures.append({"line": 0, "name": "", "reason": f"docstring count rose by {result['docsAfter'] - result['docsBefore']}, documented {documented}"})
    return result


def first_difference(before, after):
    """Best-effort location of the innermost def/class whose docstring-less dump differs."""
    for old, new in zip(before, after):
        if type(old) is not type(new) or getattr(old, "name", None) != getattr(new, "name", None):
            return getattr(old, "lineno", 1), getattr(old, "name", "<module>")
    best = None
    for old, new in zip(before, after):
        if isinstance(old, ast.Module):
            continue
        a = ast.dump(strip_docstrings(copy.deepcopy(old)), include_attributes=False)
        b = ast.dump(strip_docstrings(copy.deepcopy(new)), include_attributes=False)
        if a != b:
            span = (old.end_lineno or old.lineno) - old.lineno
            if best is None or span < best[0]:
                best = (span, old.lineno, old.name)
    if best:
        return best[1], best[2]
    return 1, "<module>"


def probe(item):
    try:
        with open(item["orig"], "rb") as f:
            data = f.read()
        parse(data, item["orig"])
    except Exception as error:  # noqa: BLE001
        return {"id": item["id"], "parses": False, "compiles": False, "error": error_text(error)}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(data, item["orig"], "exec", dont_inherit=True)
        return {"id": item["id"], "parses": True, "compiles": True, "error": None}
    except Exception as error:  # noqa: BLE001
        return {"id": item["id"], "parses": True, "compiles": False, "error": error_text(error)}


def decode(item):
    try:
        with tokenize.open(item["orig"]) as f:
            return {"id": item["id"], "text": f.read(), "error": None}
    except Exception as error:  # noqa: BLE001
        return {"id": item["id"], "text": None, "error": error_text(error)}


def main():
    sys.setrecursionlimit(100000)
    source = open(sys.argv[1], encoding="utf-8") if len(sys.argv) > 1 else sys.stdin
    out = sys.stdout
    for line in source:
        line = line.strip()
        if not line:
            continue
        item = json.loads(line)
        try:
            kind = item["kind"]
            if kind == "probe":
                result = probe(item)
            elif kind == "decode":
                result = decode(item)
            else:
                result = check_pair(item)
        except Exception as error:  # noqa: BLE001 - report, never die mid-manifest
            result = {"id": item.get("id"), "failures": [{"line": 0, "name": "", "reason": f"checker crashed: {error_text(error)}"}]}
        out.write(json.dumps(result) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
