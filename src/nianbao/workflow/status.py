"""The review state of every section, kept in the project's status.toml.

    ["1-talent/4-employment"]
    state = "已提交"
    updated = "2025-11-20T09:30:00+08:00"
    by = "招生就业指导办公室"
    note = "第二稿"

`by` is a department of report.toml or a role of the task force, never a person's name (status.toml
sits in version control and the web app imports it). Writes go to a temporary file that replaces
status.toml in one step, so a reader never sees half a file.
"""
from __future__ import annotations

import os
import tempfile
import tomllib
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

import tomli_w

from ..errors import NianbaoError

STATUS_FILE = "status.toml"
NOT_STARTED, WRITING, SUBMITTED, RETURNED, APPROVED = "未开始", "撰写中", "已提交", "退回", "已通过"
STATES = (NOT_STARTED, WRITING, SUBMITTED, RETURNED, APPROVED)
# Which state may follow which: a department writes and submits; the task force returns or approves;
# an approved section is reopened by returning it. Staying in a state (to change the note) is allowed.
TRANSITIONS = {
    NOT_STARTED: (WRITING, SUBMITTED),
    WRITING: (SUBMITTED,),
    SUBMITTED: (WRITING, RETURNED, APPROVED),
    RETURNED: (WRITING, SUBMITTED),
    APPROVED: (RETURNED,),
}
ROLES = ("编制专班", "专班管理员", "审核人")  # who may act besides the departments themselves
MAX_NOTE = 500


class StatusError(NianbaoError):
    pass


@dataclass(frozen=True)
class SectionState:
    state: str = NOT_STARTED
    updated: str = ""  # ISO 8601 with offset
    by: str = ""
    note: str = ""


def status_path(project_root: Path) -> Path:
    return Path(project_root) / STATUS_FILE


def _parse_entry(sid: str, raw, where: str) -> SectionState:
    if not isinstance(raw, dict):
        raise StatusError(f"{where}：[\"{sid}\"] 应为表，实际为 {raw!r}")
    unknown = sorted(set(raw) - {"state", "updated", "by", "note"})
    if unknown:
        raise StatusError(f"{where}：[\"{sid}\"] 有未知项 {'、'.join(unknown)}；可用：state、updated、by、note")
    state = raw.get("state", NOT_STARTED)
    if state not in STATES:
        raise StatusError(f"{where}：[\"{sid}\"] 的状态“{state}”无效；可用：{'、'.join(STATES)}")
    values = {k: raw.get(k, "") for k in ("updated", "by", "note")}
    for key, value in values.items():
        if not isinstance(value, str):
            raise StatusError(f"{where}：[\"{sid}\"] 的 {key} 应为文本，实际为 {value!r}")
    return SectionState(state, **values)


def load_status(project_root: Path) -> dict[str, SectionState]:
    """Every recorded state by section id; sections missing from the file are 未开始."""
    path = status_path(project_root)
    if not path.is_file():
        return {}
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise StatusError(f"{STATUS_FILE}：格式错误：{exc}") from exc
    return {sid: _parse_entry(sid, entry, STATUS_FILE) for sid, entry in raw.items()}


def save_status(project_root: Path, states: dict[str, SectionState]) -> Path:
    """Write status.toml atomically (temporary file in the same directory, then os.replace)."""
    path = status_path(project_root)
    data = {sid: {k: v for k, v in vars(s).items() if v or k == "state"} for sid, s in sorted(states.items())}
    text = "# 各章节的审核状态（nianbao status；网页工作台与命令行共用）\n" + tomli_w.dumps(data)
    write_atomically(path, text)
    return path


def write_atomically(path: Path, text: str) -> None:
    """A temporary file in the same directory replaces `path` in one step: no reader sees half a file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise


def now_iso() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def check_transition(current: str, new: str) -> None:
    if new not in STATES:
        raise StatusError(f"状态“{new}”无效；可用：{'、'.join(STATES)}")
    if new != current and new not in TRANSITIONS[current]:
        allowed = "、".join(TRANSITIONS[current])
        raise StatusError(f"不能从“{current}”改为“{new}”；“{current}”之后可以是：{allowed}")


def transition(project_root: Path, sid: str, new: str, by: str, departments: list[str], note: str = "",
               known_sections: list[str] | None = None, when: str | None = None) -> SectionState:
    """Move one section to `new` (checked against TRANSITIONS) and save status.toml."""
    if known_sections is not None and sid not in known_sections:
        raise StatusError(f"未知章节“{sid}”")
    states = load_status(project_root)
    states[sid] = next_state(states.get(sid, SectionState()), new, by, departments, note, when)
    save_status(project_root, states)
    return states[sid]


def next_state(current: SectionState, new: str, by: str, departments: list[str], note: str = "",
               when: str | None = None) -> SectionState:
    """The state after moving to `new`, checked (transition allowed, actor a department or role,
    a reason when returning); status.toml and the web app's database both keep the result."""
    if by not in departments and by not in ROLES:
        raise StatusError(f"操作者“{by}”应为 report.toml 中的编写部门或角色（{'、'.join(ROLES)}），不记录个人姓名")
    if len(note) > MAX_NOTE:
        raise StatusError(f"说明过长（{len(note)} 字），最多 {MAX_NOTE} 字")
    if new == RETURNED and not note.strip():
        raise StatusError("退回时请写明原因（note）")
    check_transition(current.state, new)
    return replace(current, state=new, by=by, note=note, updated=when or now_iso())
