"""Run numpydoc's validator on the cases of its own test suite (vendored in data/).

Peer harness of issue 10 (see NOTE.md). Imports data/test_validate.py and data/test_main.py as
the modules ``test_validate`` and ``test_main`` and calls ``numpydoc.validate.validate`` on every
case object: each class whose name does not start with ``Test`` and the functions in its body,
and each module-level function whose name does not start with ``test_``. Prints one JSON object:

- ``numpydoc``, ``python``: versions.
- ``objects``: per case ``file``, ``qualname``, ``line`` (of ``def`` / ``class``), ``errors``
  (``[code, message]`` pairs, every code numpydoc reports) or ``exception`` when it cannot
  validate the object.
- ``expected``: what the test suite itself asserts, per ``file:qualname``: ``none`` (it asserts
  no error at all) and ``codes`` (the codes of the messages it asserts; xfail cases left out).

Usage: ``python3 -B run_numpydoc.py`` (any working directory).
"""

import ast
import inspect
import json
import os
import re
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
MODULES = ("test_validate", "test_main")

sys.dont_write_bytecode = True
sys.path.insert(0, DATA)

import numpydoc  # noqa: E402
import numpydoc.validate  # noqa: E402


def case_objects(module):
    """Yield (qualname, object) for the case classes, their functions and module functions."""
    for name, obj in vars(module).items():
        if getattr(obj, "__module__", None) != module.__name__:
            continue
        if inspect.isclass(obj) and not name.startswith("Test"):
            yield name, obj
            for attr, member in vars(obj).items():
                if inspect.isfunction(member):
                    yield f"{name}.{attr}", member
        elif inspect.isfunction(obj) and not name.startswith("test_"):
            yield name, obj


def validate_all():
    objects = []
    for module_name in MODULES:
        module = __import__(module_name)
        for qualname, obj in case_objects(module):
            entry = {"file": f"{module_name}.py", "qualname": qualname, "line": inspect.getsourcelines(obj)[1]}
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    result = numpydoc.validate.validate(f"{module_name}.{qualname}")
                entry["errors"] = [list(e) for e in result["errors"]]
            except Exception as error:  # numpydoc cannot read the docstring (e.g. _invalid_docstring)
                entry["exception"] = f"{type(error).__name__}: {error}"
            objects.append(entry)
    return objects


def message_codes(message):
    """The numpydoc codes whose message template the asserted text matches."""
    codes = []
    for code, template in numpydoc.validate.ERROR_MSGS.items():
        pattern = re.escape(template)
        pattern = re.sub(r"\\\{[^}]*\\\}", ".*", pattern)
        if re.search(pattern, message) or message in template:
            codes.append(code)
    return codes


def literal(node):
    try:
        return ast.literal_eval(node)
    except ValueError:
        return None


def parametrize_values(function, argnames):
    """The rows of ``@pytest.mark.parametrize(argnames, [...])`` on ``function``, xfail rows left out."""
    for decorator in function.decorator_list:
        if not (isinstance(decorator, ast.Call) and decorator.args and literal(decorator.args[0]) == argnames):
            continue
        for row in decorator.args[1].elts:
            if isinstance(row, ast.Call):  # pytest.param(..., marks=pytest.mark.xfail)
                if any(k.arg == "marks" for k in row.keywords):
                    continue
                yield tuple(literal(a) for a in row.args)
            else:
                yield literal(row)
    return


def expectations():
    """What test_validate.py and test_main.py assert about the cases (their own oracle)."""
    expected = {}

    def expect(key, none=False, codes=()):
        entry = expected.setdefault(key, {"none": False, "codes": []})
        entry["none"] = entry["none"] or none
        entry["codes"] = sorted(set(entry["codes"]) | set(codes))

    with open(os.path.join(DATA, "test_validate.py"), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    validator = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "TestValidator")
    for function in validator.body:
        if not isinstance(function, ast.FunctionDef):
            continue
        if function.name == "test_good_class":
            expect("test_validate.py:GoodDocStrings", none=True)
        elif function.name == "test_good_functions":
            for func in parametrize_values(function, "func"):
                expect(f"test_validate.py:GoodDocStrings.{func}", none=True)
        elif function.name == "test_bad_docstrings":
            for klass, func, msgs in parametrize_values(function, "klass,func,msgs"):
                codes = [code for msg in msgs for code in message_codes(msg)]
                expect(f"test_validate.py:{klass}.{func}", codes=codes)
    # test_main.py: test_validate_perfect_docstring asserts no output for _capture_stdout.
    expect("test_main.py:_capture_stdout", none=True)
    return expected


def main():
    print(json.dumps({
        "numpydoc": numpydoc.__version__,
        "python": sys.version.split()[0],
        "objects": validate_all(),
        "expected": expectations(),
    }))


if __name__ == "__main__":
    main()
