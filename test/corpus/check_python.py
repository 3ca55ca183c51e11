"""Checker for Docwright's corpus test (test/corpus/run.ts).

Reads a manifest of JSON lines (from a file given as the only argument, or from stdin) and writes
one JSON line of results per manifest line to stdout, in the same order.

Manifest line kinds:

* ``{"kind": "probe", "id": ..., "orig": path}``: does the file at ``orig`` parse with ``ast``?
  Result: ``{"id", "parses": bool, "error": str | None}``.
* ``{"kind": "decode", "id": ..., "orig": path}``: the file's text, decoded as Python decodes
  source (coding cookie, BOM). Result: ``{"id", "text": str | None, "error": str | None}``.
* ``{"kind": "pair", "id": ..., "orig": path, "out": path, "documented": [...]}``: ``orig`` is the
  original source (bytes; ``ast.parse`` honours its coding cookie); ``out`` is Docwright's output,
  UTF-8 text (its coding cookie, if any, is ignored since it is parsed as ``str``). Each documented
  entry is ``{"name", "kind", "sigStart", "sigEnd"}`` with 1-based lines of the original.
  Result: ``{"id", "failures": [{"line", "name", "reason"}], "docsBefore", "docsAfter",
  "added", "undocumentedAfter": [{"line", "name"}]}``.
"""

import ast
import copy
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


def strip_docstrings(tree):
    for node in ast.walk(tree):
        if isinstance(node, DEFS) and docstring_of(node) is not None:
            node.body = node.body[1:]
    return tree


def error_text(error):
    if isinstance(error, SyntaxError):
        return f"{type(error).__name__}: {error.msg} (line {error.lineno}, column {error.offset})"
    return f"{type(error).__name__}: {error}"


def check_pair(item):
    failures = []
    result = {"id": item["id"], "failures": failures, "docsBefore": 0, "docsAfter": 0, "added": 0, "undocumentedAfter": []}
    with open(item["orig"], "rb") as f:
        orig_bytes = f.read()
    with open(item["out"], "r", encoding="utf-8", newline="") as f:
        out_text = f.read()
    try:
        orig_tree = parse(orig_bytes, item["orig"])
    except Exception as error:  # noqa: BLE001 - the input was expected to parse
        failures.append({"line": 0, "name": "", "reason": f"input does not parse with ast: {error_text(error)}"})
        return result
    try:
        out_tree = parse(out_text, item["out"])
    except Exception as error:  # noqa: BLE001
        line = getattr(error, "lineno", 0) or 0
        failures.append({"line": line, "name": "", "reason": f"output does not parse: {error_text(error)}", "outputLine": True})
        return result

    before = defs_in_order(orig_tree)
    after = defs_in_order(out_tree)
    pairs = list(zip(before, after)) if len(before) == len(after) else []
    docs_before = [docstring_of(n) for n in before]
    docs_after = [docstring_of(n) for n in after]
    result["docsBefore"] = sum(d is not None for d in docs_before)
    result["docsAfter"] = sum(d is not None for d in docs_after)

    # Structural equality with docstrings removed.
    orig_dump = ast.dump(strip_docstrings(parse(orig_bytes, item["orig"])), include_attributes=False)
    out_dump = ast.dump(strip_docstrings(parse(out_text, item["out"])), include_attributes=False)
    if orig_dump != out_dump or not pairs:
        line, name = first_difference(before, after)
        failures.append({"line": line, "name": name, "reason": "syntax tree without docstrings differs from the original's"})
        return result

    def label(node):
        return "<module>" if isinstance(node, ast.Module) else node.name

    def line_of(node):
        return 1 if isinstance(node, ast.Module) else node.lineno

    # Which node did each documented symbol become?
    claimed = {}
    for sym in item.get("documented", []):
        match = None
        for index, node in enumerate(before):
            if sym["kind"] == "module":
                if isinstance(node, ast.Module):
                    match = index
                    break
            elif not isinstance(node, ast.Module) and node.name == sym["name"] and sym["sigStart"] <= node.lineno <= sym["sigEnd"]:
                match = index
                break
        if match is None:
            failures.append({"line": sym["sigStart"], "name": sym["name"], "reason": "documented symbol matches no def/class node of the input"})
            continue
        claimed[match] = sym
        if docs_before[match] is not None:
            failures.append({"line": sym["sigStart"], "name": sym["name"], "reason": "documented a symbol that already had a docstring (per ast)"})
        elif docs_after[match] is None:
            failures.append({"line": sym["sigStart"], "name": sym["name"], "reason": "reported documented, but the output has no docstring there (per ast)"})

    for index, (old, new) in enumerate(zip(docs_before, docs_after)):
        node = before[index]
        if old is not None and new != old:
            failures.append({"line": line_of(node), "name": label(node), "reason": "an existing docstring changed"})
        elif old is None and new is not None:
            result["added"] += 1
            if index not in claimed:
                failures.append({"line": line_of(node), "name": label(node), "reason": "docstring added to a symbol not reported as documented"})
        elif new is None:
            result["undocumentedAfter"].append({"line": line_of(node), "name": label(node)})
    if result["docsAfter"] - result["docsBefore"] != len(item.get("documented", [])) and not failures:
        failures.append({"line": 0, "name": "", "reason": f"docstring count rose by {result['docsAfter'] - result['docsBefore']}, documented {len(item.get('documented', []))}"})
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
            parse(f.read(), item["orig"])
        return {"id": item["id"], "parses": True, "error": None}
    except Exception as error:  # noqa: BLE001
        return {"id": item["id"], "parses": False, "error": error_text(error)}


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
