"""Whether the claim engine reads a sentence the same in the surface forms reports print it in.

    python benchmarks/bench_claim_forms.py [--corpus DIR] [--only FORM] [--show]

Each sentence of a labelled corpus (default: our own, tests/data/claims/) is rewritten in one form
at a time that a reader reads the same — full-width digits, spaces around numbers or inside a
decimal, a PDF line break, Chinese numerals for small counts, 名 for 人, 达到/是 for 为, short
department names, a bracketed source note at the end, … — and the corpus is read again. Printed per
form: the sentences it changed, the wrong ones no longer flagged (lost recall), the others newly
flagged (new false alarms). Every count should be 0: a form the engine reads differently is a way
of writing that an independent corpus or report will use. `--show` lists the sentences that flip
(use it on our own corpus only: the held-out corpora are measurement data, not for reading).
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_claims as bench  # noqa: E402  (a sibling script, not a package)

from nianbao import pipeline  # noqa: E402

FULL_WIDTH = str.maketrans("0123456789%.", "０１２３４５６７８９％．")
CN_DIGIT = dict(zip("23456789", "二三四五六七八九"))
SHORT_NAMES = {"机械工程系": "机械系", "经济管理工程系": "经管系", "工业与信息化系": "工信系"}


def _pdf_break(text: str) -> str:
    """A line break near the middle, never inside a number."""
    for i in range(len(text) // 2, len(text)):
        if not (text[i].isdigit() or text[i - 1].isdigit() or text[i] in ".%"):
            return text[:i] + "\n" + text[i:]
    return text


def _break_at(pattern: str):
    """A line break where PDF text may put one: at the first match of `pattern` (its group 1 ends the line)."""
    compiled = re.compile(pattern)

    def form(text: str) -> str:
        m = compiled.search(text)
        return text[:m.end(1)] + "\n" + text[m.end(1):] if m else text
    return form


def _short_names(text: str) -> str:
    for full, short in SHORT_NAMES.items():
        if text.count(full) == 1:
            text = text.replace(full, short)
    return text


FORMS = {
    "full-width digits": lambda t: t.translate(FULL_WIDTH),
    "spaces around numbers": lambda t: re.sub(r"(\d)(?=[\u4e00-\u9fff%])", r"\1 ",
                                              re.sub(r"(?<=[\u4e00-\u9fff])(\d)", r" \1", t)),
    "no spaces around numbers": lambda t: re.sub(r"(?<=[\d%])\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+(?=\d)", "", t),
    # (not a decimal opening the sentence: Markdown reads "71. 47%…" as an ordered list's item 71)
    "space inside a decimal": lambda t: re.sub(r"(?<=[^\d.\s])(\d+)\.(\d)", r"\1. \2", t),
    "PDF line break": _pdf_break,
    "line break inside a number": _break_at(r"(?<![\d.])(\d+?)\.?\d"),
    "line break before a unit": _break_at(r"(\d)\s*(?:%|个百分点|人|名|万元|个|项|倍)"),
    "line break after 较/比": _break_at(r"([较比])\s*[^\s\d，,。]"),
    "line break inside 个百分点": _break_at(r"(个百)分点"),
    "line break inside a name": _break_at(r"(毕业去向落|工程|技术|毕业)"),
    "spaces inside brackets": lambda t: re.sub(r"（([^（）]*\d[^（）]*)）",
                                               lambda m: "（ " + re.sub(r"(\d)(?=[\u4e00-\u9fff])", r"\1 ", m.group(1)) + " ）", t),
    "space before ％": lambda t: re.sub(r"(\d)%", r"\1 ％", t),
    "百分之 X for X%": lambda t: re.sub(r"(?<![\d.])(?<!\. )(\d+(?:\.\d+)?)%", r"百分之\1", t),
    "thousands comma": lambda t: re.sub(r"(?<![\d.])(\d)(\d{3})(?![\d.])(?=\s*[人名个项万元])", r"\1,\2", t),
    "thousands space": lambda t: re.sub(r"(?<![\d.])(\d)(\d{3})(?![\d.])(?=\s*[人名])", r"\1 \2", t),
    "Chinese numeral counts": lambda t: re.sub(r"(?<![\d.])([2-9])(?![\d.])(?=\s*个)", lambda m: CN_DIGIT[m.group(1)], t),
    "名 for 人": lambda t: re.sub(r"(\d)人(?!次|数|均)", r"\1名", t),
    "达到 for 为": lambda t: re.sub(r"(率|度)为(?=\d)", r"\1达到", t),
    "是 for 为": lambda t: re.sub(r"(率|度)为(?=\d)", r"\1是", t),
    "万 for 万元": lambda t: re.sub(r"(\d)万元", r"\1万", t),
    "去向落实率 for 毕业去向落实率": lambda t: t.replace("毕业去向落实率", "去向落实率"),
    "百分点 for 个百分点": lambda t: t.replace("个百分点", "百分点"),
    "a count in brackets": lambda t: re.sub(r"(男生|女生)(\d+)人", r"\1（\2人）", t),
    "2025年 for 2025届": lambda t: t.replace("2025届", "2025年") if "2024届" not in t else t,
    "逾 for 超过": lambda t: re.sub(r"超过(?=\s*\d)", "逾", t),
    "大约 for 约": lambda t: re.sub(r"(?<![大])约(?=\s*[\d一二两三四五六七八九])", "大约", t),
    "接近 for 近": lambda t: re.sub(r"(?<![接将])近(?=\s*[\d一二两三四五六七八九])", "接近", t),
    "依次为 for 分别为": lambda t: t.replace("分别为", "依次为"),
    "其中，for 其中": lambda t: re.sub(r"其中(?![，,])", "其中，", t),
    "本届 for 2025届": lambda t: t.replace("2025届", "本届") if t.count("2025届") == 1 and "2024" not in t else t,
    "较上年 for 较2024年": lambda t: t.replace("较2024年", "较上年").replace("比2024年", "比上年") if "2025" in t else t,
    "short department names": _short_names,
    "男性/女性毕业生 for 男生/女生": lambda t: re.sub(r"(?<![男女、])([男女])生(?!、)", r"\1性毕业生", t),
    "外省 for 省外": lambda t: t.replace("省外生源", "外省生源"),
    "学校 for 学院": lambda t: t.replace("全院", "全校").replace("学院", "学校") if "二级学院" not in t else t,
    "本院 for 学院": lambda t: re.sub(r"^学院", "本院", t),
    "leading conjunction": lambda t: t if re.match(r"^(20\d\d|本届|今年)", t) else "同时，" + t,
    "ASCII commas": lambda t: t.replace("，", ",").replace("；", ";"),
    "semicolon at the end": lambda t: t[:-1] + "；" if t.endswith("。") else t,
    "source note at the end": lambda t: t[:-1] + "（数据来源：学校统计）。" if t.endswith("。") else t,
}


def flags(sentences: list) -> list[bool]:
    """Read the sentences as the corpus benchmark does; whether each is flagged."""
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / bench.EXAMPLE.name
        shutil.copytree(bench.EXAMPLE, project, ignore=shutil.ignore_patterns(".nianbao"))
        bench.write_corpus(project, sentences)
        records = [bench.as_record(c) for c in pipeline.claims(project)]
    bench.attach_claims(sentences, records)
    return [s.flagged for s in sentences]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=bench.CORPUS)
    parser.add_argument("--only", help="one form, by its name")
    parser.add_argument("--show", action="store_true", help="list the sentences that flip (own corpus only)")
    args = parser.parse_args()
    base = bench.load_corpus(args.corpus)
    before = flags(base)
    print(f"corpus: {args.corpus} ({len(base)} sentences); as written: {sum(f for s, f in zip(base, before) if s.wrong)}"
          f" of {sum(s.wrong for s in base)} wrong flagged, {sum(f for s, f in zip(base, before) if not s.wrong)} others")
    print(f"{'form':34} {'changed':>8} {'lost recall':>12} {'new false alarms':>17}")
    totals = [0, 0]
    for name, form in FORMS.items():
        if args.only and name != args.only:
            continue
        variants = [bench.Sentence({**s.entry, "text": form(s.entry["text"])}) for s in base]
        after = flags(variants)
        changed = sum(s.entry["text"] != v.entry["text"] for s, v in zip(base, variants))
        lost = [v for s, v, a, b in zip(base, variants, before, after) if s.wrong and a and not b]
        new = [v for s, v, a, b in zip(base, variants, before, after) if not s.wrong and b and not a]
        totals[0] += len(lost)
        totals[1] += len(new)
        print(f"{name:34} {changed:8d} {len(lost):12d} {len(new):17d}")
        if args.show:
            for v in lost + new:
                print(f"    {v.entry['id']} [{v.entry['verdict']}] {v.entry['text']!r}")
    print(f"all forms: lost recall {totals[0]}, new false alarms {totals[1]} (target 0 and 0)")


if __name__ == "__main__":
    main()
