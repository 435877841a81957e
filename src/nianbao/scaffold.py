"""`nianbao init`: a new report project with one file per section of the template's outline."""
from __future__ import annotations

from pathlib import Path

from .errors import NianbaoError
from .template import SECTION_NUMERALS, load_template

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
lead = ""
writers = []

[output]
formats = ["html", "docx", "pdf"]
"""

SECTION_STUB = "<!-- {where}：在此撰写本节内容。数值请用 {{value}}`指标代码` 引用，表格用 ```{{table}} 表格代码 ```。 -->\n"


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
        files = [(directory / "_intro.md", f"{chapter.label}{chapter.title}")]
        files += [(directory / f"{i}-{s.key}.md", f"{chapter.label}{chapter.title} {SECTION_NUMERALS[i - 1]}{s.title}")
                  for i, s in enumerate(chapter.sections, start=1)]
        if chapter.appendix:
            files = [(directory / "1-case.md", "附录 经典案例 1（每个案例一个文件，用 ::: case 标题 包裹）")]
        for path, where in files:
            path.write_text(SECTION_STUB.format(where=where), encoding="utf-8")
            created.append(path)
    return created
