"""No import circles in the package, and no stage imports one that runs after it.

A static check over src/actions: every `import` statement, at module level or inside a
function (a circle closed inside a function is still a circle: the two modules cannot be
read, tested or moved apart), gives an edge to the module it names.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "actions"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def import_graph() -> dict[str, set[str]]:
    """Module → the modules of the package it imports."""
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # `from actions.a import b` imports the submodule actions.a.b when there is one.
                targets = [f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in modules else node.module
                           for alias in node.names]
            else:
                continue
            graph[name].update(target for target in targets if target in modules and target != name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_checker_finds_a_circle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_circles():
    assert cycles(import_graph()) == []


# The core stages in pipeline order: a stage may import those before it, never those after.
STAGES = ["actions.lang", "actions.text", "actions.timex", "actions.outline", "actions.owners", "actions.items"]
# The core is pure: it reads and writes no files and knows nothing of the command line.
EDGES = ("actions.io", "actions.commands", "actions.cli", "actions.batch", "actions.export", "actions.present")


def _stage(module: str) -> int | None:
    for number, stage in enumerate(STAGES):
        if module == stage or module.startswith(stage + "."):
            return number
    return None


def test_no_stage_imports_a_later_stage():
    upward = [(module, target) for module, targets in import_graph().items() for target in targets
              if _stage(module) is not None and _stage(target) is not None and _stage(target) > _stage(module)]
    assert upward == []


def test_the_core_imports_no_io_and_no_command_line():
    leaks = [(module, target) for module, targets in import_graph().items() for target in targets
             if _stage(module) is not None and target.startswith(EDGES)]
    assert leaks == []
