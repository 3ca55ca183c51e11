"""Reference checkers for Docwright's agreement test (test/agreement/run.ts).

Run with Debian's interpreter, which has the Debian packages ``python3-pydocstyle`` (6.2.3) and
``python3-numpydoc`` (1.5.0)::

    /usr/bin/python3 test/agreement/oracles.py [--tools pydocstyle,pydocstyle-google,numpydoc] FILE.py ...

Prints one JSON object: ``{"versions": {...}, "files": {path: {tool: [finding, ...]}}}``. Each
finding is ``{"symbol", "code", "kind", "line", "message"}`` where ``symbol`` is the dotted
qualified name (``Cls.method``; nested functions as ``outer.inner``, the way Docwright names them)
and ``kind`` is one of ``param-missing``, ``param-extra``, ``returns-missing``.

Only these rules are asked for:

* pydocstyle ``D417`` ("Missing argument descriptions in the docstring"). It is not part of the
  pep257 or numpy conventions, but ``select=['D417']`` runs it on any docstring: it reads a Google
  ``Args:`` section and also a NumPy ``Parameters`` section. A function whose docstring has no such
  section is never checked. D417 lists signature arguments (``args`` + keyword-only, not
  positional-only, not ``*args``/``**kwargs``, not names starting with ``_``, not the first
  argument of a non-static method) absent from that section: it maps to ``param-missing``.
  Tool ``pydocstyle`` is ``pydocstyle.check(files, select=['D417'])`` as shipped; tool
  ``pydocstyle-google`` forces the Google section parser (see ``run_pydocstyle_google``).
* numpydoc ``validate``: ``PR01`` (signature parameters not documented, ``param-missing``),
  ``PR02`` (documented parameters not in the signature, ``param-extra``) and ``RT01`` (no Returns
  section, ``returns-missing``). numpydoc 1.5.0 reports RT01 only when the body has a ``return``
  with a value other than ``None`` outside nested functions, the same rule as Docwright's DW201.
  numpydoc validates live objects, so the file is imported as a module (its top level must be
  importable: the fixtures import only the standard library).

What numpydoc is given (one object per documented symbol):

* module-level functions: the function object (``inspect.unwrap`` is applied by numpydoc itself
  for the source, and ``inspect.signature`` follows ``__wrapped__``, so a ``functools.wraps``
  decorator shows the original signature);
* methods, static methods and class methods: the plain function from the class ``__dict__``
  (``staticmethod``/``classmethod`` unwrapped via ``__func__``). numpydoc drops a first parameter
  named ``self`` or ``cls``. Validating the bound ``Cls.method`` instead, as ``validate('mod.Cls.m')``
  would, hides class methods from RT01 (``inspect.isfunction`` is false for a bound method);
* properties: the ``property`` object, as ``validate('mod.Cls.prop')`` does. numpydoc then checks
  no parameters and no Returns, which is the NumPy convention for properties;
* classes: the class, whose signature is its ``__init__``'s. The NumPy convention documents the
  constructor's parameters in the class docstring; the finding carries ``"classLevel": true`` and
  ``"initDocumented"`` (``__init__`` has its own docstring) so the comparison can decide.

Undocumented symbols draw only GL08 from numpydoc and nothing from D417; they are not reported.
"""

import argparse
import ast
import importlib.util
import inspect
import io
import json
import os
import sys
import uuid
import warnings
from contextlib import redirect_stdout

PYDOCSTYLE_KINDS = {"D417": "param-missing"}
NUMPYDOC_KINDS = {"PR01": "param-missing", "PR02": "param-extra", "RT01": "returns-missing"}


def qualified_name(definition):
    """Dotted name of a pydocstyle Definition: its parents' names, the module excluded."""
    parts = []
    node = definition
    while node is not None and type(node).__name__ not in ("Module", "Package"):
        parts.append(node.name)
        node = getattr(node, "parent", None)
    return ".".join(reversed(parts))


def run_pydocstyle(path):
    from pydocstyle import checker

    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        errors = list(checker.check([path], select=["D417"]))
    for error in errors:
        if not hasattr(error, "code"):
            # pydocstyle yields exceptions (e.g. a parse failure) in the same stream.
            raise RuntimeError(f"pydocstyle failed on {path}: {error!r}")
        if error.code not in PYDOCSTYLE_KINDS:
            continue
        out.append(
            {
                "symbol": qualified_name(error.definition),
                "code": error.code,
                "kind": PYDOCSTYLE_KINDS[error.code],
                "line": error.line,
                "message": error.message,
            }
        )
    return out


def run_pydocstyle_google(path):
    """D417 with the Google sections forced, as ``--convention=google`` means.

    pydocstyle 6.2.3 (and 6.3.0) first looks for NumPy sections, and a Google docstring that has a
    ``Returns:``, ``Raises:``, ``Yields:`` or ``Examples:`` section is taken for a NumPy one
    (those names belong to both styles); its ``Args:`` section is then never read and D417 never
    fires (PyCQA/pydocstyle#459, #490, #655; the project is no longer maintained). This runs
    pydocstyle's own Google section check, ``ConventionChecker._check_google_sections``, on every
    docstring, the way ``check_docstring_sections`` does when no NumPy section is found.
    """
    from pydocstyle import checker, parser

    with open(path, encoding="utf-8") as f:
        module = parser.Parser()(io.StringIO(f.read()), path)
    conventions = checker.ConventionChecker()
    out = []
    for definition in module:
        docstring = definition.docstring
        if not docstring:
            continue
        lines = docstring.split("\n")
        if len(lines) < 2:
            continue  # the same early exit as check_docstring_sections
        for error in conventions._check_google_sections(lines, definition, docstring):
            if error is None or error.code not in PYDOCSTYLE_KINDS:
                continue
            error.set_context(definition=definition, explanation="")
            out.append(
                {
                    "symbol": qualified_name(definition),
                    "code": error.code,
                    "kind": PYDOCSTYLE_KINDS[error.code],
                    "line": error.line,
                    "message": error.message,
                }
            )
    return out


def load_module(path):
    name = "docwright_agreement_" + uuid.uuid4().hex
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    # The fixtures print nothing at import time, but a repaired file must not corrupt our JSON.
    with redirect_stdout(io.StringIO()):
        spec.loader.exec_module(module)
    return module


def numpydoc_targets(module):
    """(qualified name, object, extra fields) for each function, method, property and class the
    module defines at its top level or in its top-level classes (nested classes included)."""

    def walk_class(cls, prefix):
        init = cls.__dict__.get("__init__")
        init_documented = bool(init is not None and inspect.isfunction(init) and init.__doc__)
        yield prefix, cls, {"classLevel": True, "initDocumented": init_documented}
        for attr, value in cls.__dict__.items():
            qual = f"{prefix}.{attr}"
            if isinstance(value, (staticmethod, classmethod)):
                yield qual, value.__func__, {}
            elif isinstance(value, property):
                yield qual, value, {"property": True}
            elif inspect.isfunction(value):
                yield qual, value, {}
            elif inspect.isclass(value) and value.__qualname__.startswith(cls.__qualname__ + "."):
                yield from walk_class(value, qual)

    for attr, value in vars(module).items():
        if inspect.isfunction(value) and inspect.unwrap(value).__module__ == module.__name__:
            # A decorated function is validated as what the module name refers to: the wrapper,
            # whose __doc__, __wrapped__ (signature) and unwrapped source are the original's.
            yield attr, value, {}
        elif inspect.isclass(value) and value.__module__ == module.__name__:
            yield from walk_class(value, attr)


def run_numpydoc(path):
    from numpydoc.docscrape import get_doc_object
    from numpydoc.validate import validate

    module = load_module(path)
    out = []
    for qual, obj, extra in numpydoc_targets(module):
        if not getattr(obj, "__doc__", None):
            continue  # GL08 only
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = validate(get_doc_object(obj))
        for code, message in result["errors"]:
            if code not in NUMPYDOC_KINDS:
                continue
            line = None
            try:
                line = inspect.getsourcelines(inspect.unwrap(obj.fget if isinstance(obj, property) else obj))[1]
            except (OSError, TypeError):
                pass
            finding = {"symbol": qual, "code": code, "kind": NUMPYDOC_KINDS[code], "line": line, "message": message}
            finding.update(extra)
            out.append(finding)
    return out


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tools", default="pydocstyle,numpydoc")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args(argv)
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    result = {"versions": versions(), "files": {}}
    for path in args.files:
        path = os.path.abspath(path)
        entry = {}
        # Parse first, so a broken file is one clear error instead of a tool's traceback.
        with open(path, encoding="utf-8") as f:
            ast.parse(f.read(), filename=path)
        if "pydocstyle" in tools:
            entry["pydocstyle"] = run_pydocstyle(path)
        if "pydocstyle-google" in tools:
            entry["pydocstyle-google"] = run_pydocstyle_google(path)
        if "numpydoc" in tools:
            entry["numpydoc"] = run_numpydoc(path)
        result["files"][path] = entry
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")


def versions():
    import numpydoc
    import pydocstyle

    return {"python": sys.version.split()[0], "pydocstyle": pydocstyle.__version__, "numpydoc": numpydoc.__version__}


if __name__ == "__main__":
    main(sys.argv[1:])
