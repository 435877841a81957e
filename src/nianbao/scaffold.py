"""`nianbao init`: a new report project with one file per section of the template's outline."""
from __future__ import annotations

import re
from pathlib import Path

from .errors import NianbaoError
from .project import Project
from .template import SECTION_NUMERALS, OutlineChapter, OutlineSection, Template, load_template

REPORT_TOML = """\
# 报告项目配置（nianbao）。修改后运行：nianbao build . -o out
[report]
college = "{college}"
college_en = ""
year = {year}
template = "{template}"
province = "{province}"
publication_form = "学院官方网站网上公开"
publication_url = ""
declaration_date = "{year}-12-31"
cover_lines = []

[data]
# 各数据文件的路径（相对本目录），可用 nianbao data template <类型> 生成填报模板
graduates = "data/graduates.csv"
majors = "data/majors.csv"
figures = "data/figures.csv"
survey = "data/survey.csv"

[data.sources]
# 表下“数据来源”的文字；不写则用模板默认值
graduates = "全国高校毕业生就业管理系统"

[[authors]]
department = "教务部"
lead = "（负责人）"
writers = []
# 每个编写部门一项；sections 列出该部门负责的章节，如 ["1-talent/*"]

[output]
formats = ["html", "docx", "pdf"]
"""

STUB_HEAD = "<!-- {where}：在此撰写本节内容（写完后删除本注释）。{hint}\n"
STUB_TAIL = ("数值不要手写：用 {value}`指标代码` 或 {value}`指标中文名称` 引用，可加条件，如 "
             "{value}`毕业去向落实率[院系=某系]`；全部指标及其定义：nianbao indicators .\n-->\n")
PLACEHOLDER_LEADS = ("", "（负责人）")


def _indicator_line(template: Template, code: str) -> str:
    d = template.indicators.get(code) or template.entered.get(code, {})
    unit = f"，{d['unit']}" if d.get("unit") else ""
    return f"  - {code}  {d.get('name', code)}{unit}"


def section_stub(template: Template, where: str, section: OutlineSection | None = None, year: int = 2025) -> str:
    """The comment `init` writes into a new section file: what the section is about and the
    indicators, tables and charts that belong to it, so a new college need not look them up."""
    lines = [STUB_HEAD.format(where=where, hint=f"本节内容：{section.hint}。" if section and section.hint else "")]
    if section and section.indicators:
        lines.append("本节常用指标（{value}`代码`）：\n")
        lines += [_indicator_line(template, code) + "\n" for code in section.indicators]
    if section and section.tables:
        lines.append("本节的表格（```{table} 代码``` 单独成段）：\n")
        lines += [f"  - {t}  {template.tables[t]['caption'].format(year=year)}\n" for t in section.tables]
    if section and section.charts:
        lines.append("本节的图表（```{chart} 代码``` 单独成段）：\n")
        lines += [f"  - {c}  {template.charts[c]['caption'].format(year=year, first_year=year - 2)}\n"
                  for c in section.charts]
    lines.append(STUB_TAIL)
    return "".join(lines)


def appended_tables_intro(template: Template, chapter: OutlineChapter) -> str:
    """The lead text of a chapter of appended tables: one sentence citing each table (so every
    table is cited in the text, as the checks require)."""
    refs = "、".join(f"{{ref}}`{t}`" for t in chapter.tables)
    return f"本报告附 {len(chapter.tables)} 张指标表（{refs}），表中数值由 data/figures.csv 录入或由毕业生名单计算。\n"


def init_project(target: str | Path, template_id: str, college: str = "（学校名称）", year: int = 2025) -> list[Path]:
    target = Path(target)
    if (target / "report.toml").exists():
        raise NianbaoError(f"{target} 中已有 report.toml；为避免覆盖，未做任何修改")
    template = load_template(template_id)
    created = []
    target.mkdir(parents=True, exist_ok=True)
    (target / "data").mkdir(exist_ok=True)
    toml = target / "report.toml"
    toml.write_text(REPORT_TOML.format(college=college, year=year, template=template_id,
                                       province=template.meta["template"].get("province", "")), encoding="utf-8")
    created.append(toml)
    # The import store keeps the original rosters (学号, 姓名): never commit it with the project.
    ignore = target / ".gitignore"
    ignore.write_text("# 导入的数据版本含学号、姓名等个人信息，不要提交到版本库\n.nianbao/\nout/\n", encoding="utf-8")
    created.append(ignore)
    for chapter in template.chapters:
        directory = target / "sections" / chapter.dirname
        directory.mkdir(parents=True, exist_ok=True)
        heading = f"{chapter.label}{chapter.title}"
        files = [(directory / "_intro.md", section_stub(template, heading, year=year))]
        files += [(directory / f"{i}-{s.key}.md",
                   section_stub(template, f"{heading} {SECTION_NUMERALS[i - 1]}{s.title}", s, year))
                  for i, s in enumerate(chapter.sections, start=1)]
        if chapter.appendix:
            files = [(directory / "1-case.md", section_stub(template, "附录 经典案例 1（每个案例一个文件，用 ::: case 标题 包裹）",
                                                             year=year))]
        if chapter.tables:
            files = [(directory / "_intro.md", appended_tables_intro(template, chapter))]
        for path, text in files:
            path.write_text(text, encoding="utf-8")
            created.append(path)
    return created


# ---------------------------------------------------------------- what a new college still has to do

COMMENT = re.compile(r"<!--.*?-->", re.S)


def _written(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return True  # unreadable: the reader reports it with the file's name
    return bool(COMMENT.sub("", text).strip())


def missing_items(project: Project, data_files: bool = True) -> list[str]:
    """What a new project still lacks, each said once, in Chinese, with what to do: data files
    named in report.toml but absent (and not imported), an empty publication_url, placeholder
    authors, required sections with no text yet. The build leaves the data files out
    (`data_files=False`): loading the data already says which named file is missing."""
    from .intake import data_path
    cfg, found = project.config, []
    absent = [rel for kind, rel in cfg.data.items()
              if (path := data_path(project, kind)) is None or not path.is_file()]
    if absent and data_files:
        found.append(f"report.toml [data] 指定的数据文件不存在：{'、'.join(absent)}。请把文件放到该位置，"
                     "或用 nianbao data import <类型> <文件> 导入；nianbao data template <类型> 可生成填报模板")
    if not cfg.publication_url:
        found.append("report.toml 的 publication_url（年报公开网址）为空：报告公开后请填写网址（http:// 或 https:// 开头），"
                     "“年报公开形式及网址”页才会列出网址")
    placeholders = [a.department for a in cfg.authors if a.lead in PLACEHOLDER_LEADS and not a.writers]
    if placeholders or not cfg.authors:
        found.append("report.toml 的 [[authors]]（编写人员）还是占位内容"
                     + (f"（{'、'.join(placeholders)} 没有负责人和编写人）" if placeholders else "")
                     + "：请为每个编写部门填写 department、lead、writers")
    empty = []
    for chapter in project.template.chapters:
        directory = project.sections_dir / chapter.dirname
        for i, section in enumerate(chapter.sections, start=1):
            if not section.required:
                continue
            files = sorted(directory.glob(f"*-{section.key}.md")) if directory.is_dir() else []
            if files and not _written(files[0]):
                empty.append(f"{chapter.label}{chapter.title} {section.title}（{project.relative(files[0])}）")
    if empty:
        shown = "；".join(empty[:5]) + (f" 等 {len(empty)} 节" if len(empty) > 5 else "")
        found.append(f"必写章节还没有内容：{shown}。请在这些文件中撰写正文")
    return found
