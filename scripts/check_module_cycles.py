#!/usr/bin/env python3
"""Fails when the crate's modules import each other in a circle.

Each Rust file under src-tauri/ is one module (`a/b.rs` and `a/b/mod.rs` are `crate::a::b`). An
edge A -> B means A names an item of B: in a `use` (re-exports included) or in a path written in
the code (`crate::store::open(...)`, `super::day_scan::DayScan`). Test code is left out: files a
parent declares under `#[cfg(test)]`, and an inline `#[cfg(test)] mod ... {` block to the end of
its file (this codebase keeps them last). A module naming its own descendants' items is fine (a
parent assembles its children); a cycle is any other loop, reported with the lines that make it.

Usage: scripts/check_module_cycles.py [src-tauri]   (exit 1 and the cycles when there are any)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

USE_RE = re.compile(r"^\s*(?:pub(?:\([^)]*\))?\s+)?use\s+([^;]+);", re.M)
PATH_RE = re.compile(r"\b((?:crate|super|self)(?:::[A-Za-z_][A-Za-z0-9_]*)+)")
TEST_MOD_RE = re.compile(r"#\[cfg\(test\)\]\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+([a-z_][a-z0-9_]*)\s*;")
INLINE_TEST_RE = re.compile(r"#\[cfg\(test\)\]\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+[a-z_][a-z0-9_]*\s*\{")
LINE_COMMENT_RE = re.compile(r"//.*$", re.M)


def module_of(root: Path, file: Path) -> tuple[str, ...] | None:
    """The module path of a file, or None for a second crate root (main.rs, build.rs)."""
    parts = list(file.relative_to(root).with_suffix("").parts)
    if parts in (["main"], ["build"]):
        return None
    if parts == ["lib"]:
        return ()
    if parts[-1] == "mod":
        parts = parts[:-1]
    return tuple(parts)


def use_paths(tree: str) -> list[str]:
    """Expands one use tree (`crate::a::{b, c::{d, e}}`) into its full paths."""
    tree = re.sub(r"\s+as\s+", " as ", re.sub(r"\s*([{},:])\s*", r"\1", tree.strip()))
    out: list[str] = []

    def walk(prefix: str, text: str) -> None:
        depth, start, items = 0, 0, []
        for i, ch in enumerate(text):
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            elif ch == "," and depth == 0:
                items.append(text[start:i])
                start = i + 1
        items.append(text[start:])
        for item in filter(None, items):
            brace = item.find("{")
            if brace >= 0:
                walk(prefix + item[:brace], item[brace + 1 : item.rindex("}")])
            else:
                out.append(prefix + item.split(" as ")[0].strip())

    walk("", tree)
    return out


def resolve(path: str, here: tuple[str, ...], modules: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The deepest known module a path names, or None when it leaves the crate."""
    segments = path.split("::")
    if segments[0] == "crate":
        base, rest = (), segments[1:]
    elif segments[0] in ("super", "self"):
        base = here
        while segments and segments[0] in ("super", "self"):
            if segments[0] == "super":
                base = base[:-1]
            segments = segments[1:]
        rest = segments
    else:
        return None
    found = None
    for n in range(len(rest) + 1):
        candidate = base + tuple(rest[:n])
        if candidate in modules:
            found = candidate
    return found


def is_within(inner: tuple[str, ...], outer: tuple[str, ...]) -> bool:
    return inner[: len(outer)] == outer


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "src-tauri")
    files = {}
    for file in sorted(root.rglob("*.rs")):
        module = module_of(root, file)
        if module is not None:
            files[module] = file
    test_only: set[tuple[str, ...]] = set()
    for module, file in files.items():
        for child in TEST_MOD_RE.findall(file.read_text()):
            test_only.add(module + (child,))
    modules = {m for m in files if not any(is_within(m, t) for t in test_only)}

    edges: dict[tuple[str, ...], dict[tuple[str, ...], str]] = {m: {} for m in modules}
    for module in modules:
        text = files[module].read_text()
        inline_test = INLINE_TEST_RE.search(text)
        if inline_test:
            text = text[: inline_test.start()]
        text = LINE_COMMENT_RE.sub("", text)
        paths = [p for tree in USE_RE.findall(text) for p in use_paths(tree)]
        paths += PATH_RE.findall(USE_RE.sub("", text))
        for path in paths:
            target = resolve(path, module, modules)
            # A parent naming its own children's items is assembly, not a dependency back.
            if target is None or target == module or is_within(target, module):
                continue
            edges[module].setdefault(target, path)

    cycles = find_cycles(edges)
    if not cycles:
        print(f"module cycles: none among {len(modules)} modules")
        return 0
    for cycle in cycles:
        print("module cycle:")
        for a, b in zip(cycle, cycle[1:] + cycle[:1]):
            print(f"  {name(a)} -> {name(b)}   ({edges[a][b]} in {files[a]})")
    return 1


def find_cycles(edges: dict[tuple[str, ...], dict[tuple[str, ...], str]]) -> list[list[tuple[str, ...]]]:
    """One cycle per strongly connected component with more than one module (Tarjan)."""
    index: dict = {}
    low: dict = {}
    stack: list = []
    on_stack: set = set()
    components: list[list] = []
    counter = [0]

    def connect(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                components.append(component)

    sys.setrecursionlimit(10000)
    for v in sorted(edges):
        if v not in index:
            connect(v)
    return [one_cycle(set(c), edges) for c in components]


def one_cycle(component: set, edges) -> list:
    """A shortest loop through the component's first module, for the report."""
    start = min(component)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        nxt = []
        for v in frontier:
            for w in sorted(edges[v]):
                if w == start:
                    return paths[v]
                if w in component and w not in paths:
                    paths[w] = paths[v] + [w]
                    nxt.append(w)
        frontier = nxt
    return sorted(component)


def name(module: tuple[str, ...]) -> str:
    return "::".join(("crate",) + module)


if __name__ == "__main__":
    sys.exit(main())
