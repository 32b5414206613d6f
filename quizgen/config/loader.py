"""Read, merge and validate config files, reporting every problem at once.

A user file may set only some keys; it is deep-merged over the defaults
(``Config()``, which a test keeps equal to the documented root config.yaml).
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn

import yaml
from pydantic import ValidationError

from quizgen.config.kinds import name_problems
from quizgen.config.problems import describe_error, show_value
from quizgen.config.safe_yaml import YamlValueError, load_document
from quizgen.config.schema import Config
from quizgen.config.yamlnodes import KeyPath, NodeMap, map_nodes
from quizgen.errors import ConfigError, ConfigProblem, QuizgenError, UsageError

DEFAULT_FILENAME = "config.yaml"
_MAX_CONFIG_BYTES = 1_000_000  # a config file this big is certainly not a config file
_TOO_LARGE = "is far too large for a config file (over 1 MB); give a quizgen .yaml file"


def default_config_path() -> Path:
    """The documented defaults: packaged in a wheel, the repository root in a checkout."""
    packaged = resources.files("quizgen") / DEFAULT_FILENAME
    if packaged.is_file():
        return Path(str(packaged))
    return Path(str(resources.files("quizgen"))).parent / DEFAULT_FILENAME


def default_config_text() -> str:
    """The commented default config, for ``quizgen config init``."""
    return default_config_path().read_text(encoding="utf-8")


def load_config(path: Path | str | None = None) -> Config:
    """The defaults, with the file at ``path`` (if any) merged over them.

    Raises ConfigError listing every problem, each with key path and line.
    """
    if path is None:
        return Config()
    path = Path(path)
    text = _read_text(path)
    data, nodes = _parse(text, str(path))
    return _validate(data, nodes, str(path))


def check_config(path: Path | str) -> Config:
    """Validate a user config file (for ``quizgen config check``)."""
    return load_config(path)


def parse_config_text(text: str, filename: str = "<config>") -> Config:
    """Validate config text that is already in memory (defaults merged under it)."""
    data, nodes = _parse(text, filename)
    return _validate(data, nodes, filename)


def write_default_config(path: Path | str, *, force: bool = False) -> Path:
    """Write the commented defaults to ``path`` (a folder gets ``config.yaml``).

    Refuses to overwrite an existing file unless ``force``; writes atomically.
    """
    target = Path(path)
    if target.is_dir():
        target = target / DEFAULT_FILENAME
    if target.exists() and not force:
        raise UsageError(
            f"{target} already exists;", "use --force to overwrite it, or give another path."
        )
    if not target.parent.is_dir():
        raise UsageError(
            f"cannot write {target}: the folder {target.parent} does not exist;",
            "create it first or give another path.",
        )
    text = default_config_text()
    temp_name = ""
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fchmod(stream.fileno(), _new_file_mode(target))
        os.replace(temp_name, target)
    except OSError as error:
        if temp_name:
            Path(temp_name).unlink(missing_ok=True)
        if isinstance(error, PermissionError):  # the user's choice of folder: exit 2
            raise UsageError(
                f"cannot write {target}: {error.strerror or error};",
                "choose a folder you can write to.",
            ) from error
        raise QuizgenError(  # a full disk, an I/O error: a failure while working, exit 1
            f"cannot write {target}: {error.strerror or error};",
            "free some disk space or choose another folder, then run it again.",
        ) from error
    return target


def _new_file_mode(target: Path) -> int:
    """What a plain open() would give (mkstemp's is 0600); a replaced file keeps its mode."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0o022)  # the only portable way to read the umask; restored at once
        os.umask(mask)
        return 0o666 & ~mask


def _fail(
    filename: str, message: str, line: int | None = None, column: int | None = None
) -> NoReturn:
    raise ConfigError(filename, [ConfigProblem("", message, line, column)])


def _read_text(path: Path) -> str:
    name = str(path)
    if not path.exists():
        _fail(name, "file not found; check the path, or make one with `quizgen config init`")
    if path.is_dir():
        _fail(name, "is a folder, not a config file; give the path of a .yaml file")
    try:
        status = path.stat()
        if status.st_size > _MAX_CONFIG_BYTES:
            _fail(name, _TOO_LARGE)
        if stat.S_ISREG(status.st_mode):
            data = path.read_bytes()
        else:  # /dev/zero, /dev/urandom, a pipe: stat() says 0, so read a bounded amount
            with path.open("rb") as stream:
                data = stream.read(_MAX_CONFIG_BYTES + 1)
    except OSError as error:
        _fail(name, f"cannot be read ({error.strerror or error}); check the file's permissions")
    if len(data) > _MAX_CONFIG_BYTES:
        _fail(name, _TOO_LARGE)
    return _decode(data, name)


def _decode(data: bytes, name: str) -> str:
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        _fail(name, "is not a text file (it contains binary data); a config file is YAML text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        byte = data[error.start]
        _fail(
            name,
            f"is not UTF-8 text (byte 0x{byte:02x} is not valid UTF-8); "
            "save the file as UTF-8 in your editor",
            line,
        )


def _parse(text: str, name: str) -> tuple[dict[str, Any], NodeMap]:
    try:
        data, root = load_document(text)
    except YamlValueError as error:
        _fail(name, error.message, error.line)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        _fail(name, f"is not valid YAML: {_yaml_reason(error)}", line, column)
    except yaml.YAMLError as error:
        _fail(name, f"is not valid YAML: {error}")
    if data is None:  # an empty file, or only comments: every default holds
        return {}, NodeMap()
    if not isinstance(data, dict):
        _fail(
            name,
            "must hold settings as 'key: value' lines (like the default config.yaml), "
            f"but it holds {show_value(data)}",
            1,
        )
    return data, map_nodes(root)


def _yaml_reason(error: yaml.MarkedYAMLError) -> str:
    context = error.context or ""
    start = error.context_mark
    if context and start is not None and start.line != getattr(error.problem_mark, "line", None):
        context += f" (started on line {start.line + 1}, column {start.column + 1})"
    reason = ": ".join(part for part in (context, error.problem) if part)
    for clue, advice in _YAML_ADVICE:
        if clue in reason:
            return f"{reason} ({advice})"
    return reason or "the file could not be parsed"


# What a teacher should do about PyYAML's commonest complaints.
_YAML_ADVICE = (
    ("'\\t'", "use spaces, not tabs, to indent"),
    ("mapping values are not allowed", "check this line's indentation; quote text with ': '"),
    ("single document", "a config file is one document: remove the '---' line"),
    ("constructor for the tag", "write a plain value; '!!' tags are not allowed"),
    ("expected <block end>", "check the indentation of this line and the one above"),
)


def _validate(user: dict[str, Any], nodes: NodeMap, name: str) -> Config:
    problems = [
        ConfigProblem(
            _dotted(dup.path),
            f"is written twice (first on line {dup.first_line}); YAML would silently keep "
            "only the last one, so remove one of them",
            dup.line,
        )
        for dup in nodes.duplicates
    ]
    merged = _merge(Config().model_dump(), user)
    config: Config | None = None
    try:
        config = Config.model_validate(merged)
    except ValidationError as error:
        for detail in error.errors():
            path = _written_path(detail["loc"], merged)
            line, column = nodes.locate(path)
            message = describe_error(detail, path, Config)
            if path and isinstance(path[-1], int):  # a list item: say which, counting from 1
                message = f"item {path[-1] + 1} {message}"
            problems.append(ConfigProblem(_dotted(path), message, line, column))
    if config is not None:
        problems += _name_problems(config, nodes)
    if problems or config is None:
        problems.sort(key=lambda p: (p.line or 0, p.path))
        raise ConfigError(name, problems)
    return config


def _name_problems(config: Config, nodes: NodeMap) -> list[ConfigProblem]:
    """Unknown kinds and generators: checked by name, as the schema cannot list them."""
    settings = config.generation
    found = name_problems(settings.kinds, settings.counts.by_kind(), settings.generators.by_kind())
    problems = []
    for path, message in found:
        line, column = nodes.locate(path)
        if isinstance(path[-1], int):  # a list item: say which, counting from 1
            message = f"item {path[-1] + 1} {message}"
        problems.append(ConfigProblem(_dotted(path), message, line, column))
    return problems


def _merge(defaults: Mapping[str, Any], user: Mapping[Any, Any]) -> dict[Any, Any]:
    merged: dict[Any, Any] = dict(defaults)
    for key, value in user.items():
        base = merged.get(key)
        if isinstance(base, Mapping) and isinstance(value, Mapping):
            merged[key] = _merge(base, value)
        elif isinstance(base, Mapping) and value is None:
            # "generation:" with every key below commented out means: keep the defaults
            continue
        else:
            merged[key] = value
    return merged


def _written_path(loc: tuple[int | str, ...], data: object) -> KeyPath:
    """The part of pydantic's ``loc`` that exists in the data, with keys as written.

    pydantic adds markers like ``[key]`` or union member names; those stop the walk.
    """
    path: list[str | int] = []
    for part in loc:
        if isinstance(data, Mapping) and part in data:
            path.append(str(part))
            data = data[part]
        elif isinstance(data, list | tuple) and isinstance(part, int) and part < len(data):
            path.append(part)
            data = data[part]
        else:
            break
    return tuple(path)


def _dotted(path: KeyPath) -> str:
    """``generation.kinds`` for a key, and for an item of a list (the message says which)."""
    return ".".join(part for part in path if isinstance(part, str))
