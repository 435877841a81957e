"""The one text normaliser and the one number parser.

Every path that reads a number from text goes through here: the claim engine, the audit
readers, entered figures and intake's per-value checks. Text is NFKC-folded (full-width
digits, letters, %, spaces) except the Chinese punctuation that carries meaning in Chinese
text ("，" separates clauses, it is never a thousands separator), and the artefacts of PDF
extraction and Markdown ("78. 26%", "12 %", "**1846**") are undone. Numbers are read in Arabic
digits and in Chinese numerals (三个, 两千, 1.2 万人次, 六成, 翻一番), with their unit,
printed precision and the qualifier a reader weighs (近, 超过, 约, 余, 以上).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation

# Kept as they are by NFKC: Chinese punctuation, and characters NFKC would turn into digits
# or dot runs that are not numbers of the text (①, ², ㎡, …).
_KEEP = "，；：（）！？…‥︰" + "".join(chr(c) for c in range(0x2460, 0x2500)) + "²³¹" \
    + "".join(chr(c) for c in range(0x2070, 0x20A0)) + "".join(chr(c) for c in range(0x3300, 0x3400)) \
    + "".join(chr(c) for c in range(0x2150, 0x2190))
# Runs of kept characters split the text, and NFKC folds the pieces between them: str.translate
# over a dict raises and catches a KeyError for every character it does not map, which made
# the fold the costliest step of reading a report.
_KEEP_RUNS = re.compile(f"([{re.escape(_KEEP)}]+)")
_DROP = re.compile("[\ufeff\u200b\u200c\u200d]")
_DIGIT_SPACE_DIGIT = re.compile(r"\d \d")
# Units counted in whole things: an entered figure in one of them is a non-negative integer
# (intake), and running text prints it without a decimal part (indicators).
WHOLE_UNITS = frozenset({"人", "人次", "名", "课时", "学时", "个", "项", "门", "家", "所", "场", "次", "本", "部", "套"})
THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
SPLIT_PERCENT = re.compile(r"(\d)\s*\.\s+(\d+)\s*%|(\d)\s+%")
# "44. 20万元", "3. 5 个百分点": a decimal broken by a space (PDF text, a typist) before its unit. Not at the
# start of a line, where "1. 20 万元…" is a numbered item.
# The units a decimal is printed with (never a count of people or items: "1. 20 人" is an item's number);
# a ratio's terms ("2. 63:1", "1:1. 5") likewise.
SPLIT_DECIMAL = re.compile(r"(?<![\d.])(\d+)[ \t]*\.[ \t]+(\d+)(?=[ \t]*(?:个百分点|百分点|万元|亿元|元|万人|万|亿|倍|"
                           r"小时|学时|课时|岁|平方米|[:：∶︰‥]))|(?<=\d[:：∶︰‥])([ \t]*\d+)[ \t]*\.[ \t]+(\d+)")
# "3 033人", "9 410 人", "1 846人次": digits grouped by a (thin, no-break) space, as typesetters and
# PDF text print them. Only where a Chinese word or a unit follows the last group: in a table row
# read from a PDF ("小计 730 378") a space separates two cells, and there nothing Chinese follows.
SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d])(?=(?:\.\d+)?(?:[\u4e00-\u9fff]| ?[万亿人名个项家所元次]))")
# A percentage written in words: 百分之 and a numeral in Arabic digits or Chinese (with decimals after 点).
PERCENT_WORDS = re.compile(r"(?<![一二两三四五六七八九十百千万])百分之\s*(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+"
                           r"(?:点[零〇一二三四五六七八九]+)?)")
_WHOLE_SPACED = re.compile(r"\d{1,3}(?: \d{3})+(?:\.\d+)?")


def normalize(text: str | None) -> str:
    """Fold the text so numbers read the same in every source (reader, typist, PDF)."""
    if not text:
        return ""
    if len(text) > _CACHED_LENGTH:
        return _normalize(text)
    return _normalize_cached(text)


# A report's sentence is folded by several readers in turn (about three times each in an audit).
_CACHED_LENGTH = 1000


@functools.lru_cache(maxsize=4096)
def _normalize_cached(text: str) -> str:
    return _normalize(text)


def forget_folded() -> None:
    """Empty the cache of folded texts (benchmarks time each run as a new process would)."""
    _normalize_cached.cache_clear()


def _normalize(text: str) -> str:
    text = text.replace("**", "")
    if not text.isascii():
        text = _fold_keeping(_DROP.sub("", text))
    if "," in text:
        text = THOUSANDS.sub("", text)
    # Cheap tests first: half of a report's pieces have spaces around their numbers, few have a
    # number grouped or broken by one, and the two rewrites scan every position of the text.
    if " " in text and _DIGIT_SPACE_DIGIT.search(text):
        text = SPACED_THOUSANDS.sub(lambda m: m.group().replace(" ", ""), text)
    if ". " in text or ".\t" in text:
        text = SPLIT_DECIMAL.sub(_joined_decimal, text)
    if "百分之" in text:
        text = PERCENT_WORDS.sub(_as_percent, text)
    if "%" in text:
        text = SPLIT_PERCENT.sub(lambda m: f"{m.group(1)}.{m.group(2)}%" if m.group(1) else f"{m.group(3)}%", text)
    return text


def _as_percent(m: re.Match) -> str:
    """"百分之95.84" -> "95.84%", "百分之九十点八九" -> "90.89%", "百分之百" -> "100%": a percentage written
    in words reads as the one printed with %, with the precision it was written to."""
    digits = m.group(1)
    if digits[0].isdigit():
        return digits + "%"
    whole, _, decimals_ = digits.partition("点")
    value = 100 if whole == "百" else cn_number(whole)
    if value is None or value > 100:
        return m.group()
    return f"{value}.{''.join(str(CN_DIGITS[ch]) for ch in decimals_)}%" if decimals_ else f"{value}%"


def _joined_decimal(m: re.Match) -> str:
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    if m.group(3) is not None:  # a ratio's second term
        return f"{m.group(3)}.{m.group(4)}"
    if not m.string[line_start:m.start()].strip():
        return m.group()  # "1. 20 万元用于…" opening a line: an item's number, then a figure
    return f"{m.group(1)}.{m.group(2)}"


def _fold_keeping(text: str) -> str:
    """NFKC (which also makes a no-break space a space) of everything but the kept characters."""
    pieces = _KEEP_RUNS.split(text)
    pieces[::2] = [piece if piece.isascii() else unicodedata.normalize("NFKC", piece) for piece in pieces[::2]]
    return "".join(pieces)


# ---------------------------------------------------------------- Chinese numerals

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_LARGE = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL) + "".join(CN_LARGE)
# A small count as prose writes it before a classifier: "4 个", "四个", "十二个" (regex source).
SMALL_COUNT = r"(?:\d+|[一二两三四五六七八九十]+)"


def cn_number(text: str) -> int | None:
    """"三" -> 3, "十二" -> 12, "两千三百" -> 2300, "一万二千" -> 12000, "二〇二五" -> 2025;
    None when the text is not one numeral ("十四五", "千家" without a digit)."""
    if not text or any(ch not in CN_NUMERAL_CHARS for ch in text):
        return None
    if len(text) > 1 and all(ch in CN_DIGITS for ch in text):
        return int("".join(str(CN_DIGITS[ch]) for ch in text)) if "〇" in text or "零" in text else None
    if not any(ch in CN_DIGITS for ch in text) and not text.startswith("十"):
        return None
    total = section = digit = 0
    previous_digit = False
    for ch in text:
        if ch in CN_DIGITS:
            if previous_digit and digit:
                return None
            digit, previous_digit = CN_DIGITS[ch], True
            continue
        previous_digit = False
        if ch in CN_SMALL:
            section += (digit or 1) * CN_SMALL[ch]
        else:
            total += (section + digit or 1) * CN_LARGE[ch]
            section = 0
        digit = 0
    return total + section + digit


# ---------------------------------------------------------------- numbers in running text

# Longest first. "个百分点" is a unit of its own: a difference of two percentages.
UNITS = ("个百分点", "百分点", "万平方米", "平方米", "万元", "亿元", "元", "人次", "人日", "学时", "课时", "小时", "门次",
         "人", "名", "个", "项", "家", "所", "次", "条", "门", "本", "部", "场", "册", "套", "台", "篇", "件", "天",
         "倍", "%", "成", "番", "岁", "亩", "间", "支", "批", "类", "种", "位", "届", "期", "座", "处", "级", "节",
         "册", "首", "幅", "份", "组", "队", "所", "校", "班", "年")
_UNIT_RE = "|".join(map(re.escape, sorted(set(UNITS), key=len, reverse=True)))
_ARABIC = r"\d+(?:\.\d+)?"
_CN = f"[{CN_NUMERAL_CHARS}]+"
NUMBER = re.compile(
    rf"(?<![\d.{CN_NUMERAL_CHARS}第])(?:(?P<arabic>{_ARABIC})(?:\s*(?P<scale>[万亿])(?!元))?|(?P<cn>{_CN}))"
    rf"(?P<after>\s*(?:余|多))?\s*(?P<unit>{_UNIT_RE})?")
_UNIT_START = {u[0] for u in UNITS}
YEAR_AFTER = re.compile(r"\s*(?:年|届|级|学年|年度|—|-|–|~|至)")
DATE_AFTER = re.compile(r"\s*[月日号时]")
QUALIFIERS_BEFORE = (("不低于", "over"), ("不少于", "over"), ("不超过", "under"), ("不高于", "under"), ("接近于", "near"), ("将近", "near"), ("接近", "near"), ("达近", "near"), ("近", "near"), ("不足", "under"),
                     ("不到", "under"), ("超过", "over"), ("逾", "over"), ("超", "over"), ("大约", "about"),
                     ("约", "about"), ("高达", ""), ("达到", ""), ("达", ""))
# "近千人", "逾万人", "上千名": a bare 百/千/万 after a word of degree is one hundred, thousand, ten thousand.
BARE_MAGNITUDE = {"百": 100, "千": 1000, "万": 10_000}
MAGNITUDE_BEFORE = re.compile(r"(?:将近|接近|近|逾|超过|超|约|(?<![以之])上|过)\s*$")
PAST_BEFORE = re.compile(r"(?<![通经超越跨度错路穿透不])过$")
QUALIFIERS_AFTER = (("以上", "over"), ("余", "over"), ("多", "over"), ("左右", "about"), ("以下", "under"),
                    ("以内", "under"))
_QUALIFIER_AFTER = re.compile("|".join(word for word, _ in QUALIFIERS_AFTER))  # in order: the first that fits
_QUALIFIER_AFTER_KIND = dict(QUALIFIERS_AFTER)


@dataclass(frozen=True)
class Number:
    """A number found in normalized running text."""

    text: str  # as written, without its unit: "90.89", "三", "1.2万"
    value: Decimal  # 1.2万 -> 12000; 六成 -> 6 (unit 成)
    unit: str  # "%", "人", "万元", "成", "倍", "个百分点", "" …
    start: int
    end: int  # end of the unit
    qualifier: str = ""  # "" | near | over | under | about
    places: int = 0  # decimals as printed
    chinese: bool = False
    scale: int = 1  # 10000 for "1.2 万人次": the printed precision is in 万

    @property
    def tolerance(self) -> Decimal:
        """Half a unit in the last printed place, in the number's own unit."""
        return tolerance(self.places) * self.scale

    @property
    def approx(self) -> bool:
        return bool(self.qualifier)

    @property
    def shown(self) -> str:
        return f"{self.text}{self.unit}"


# The word of degree ending right before a number, the longest one (不超过 before 超过): a
# regex's leftmost match ending at the end is the longest such suffix.
QUALIFIER_BEFORE = re.compile("(?:" + "|".join(sorted((w for w, _ in QUALIFIERS_BEFORE), key=len, reverse=True))
                              + ")$")
QUALIFIER_KIND = dict(QUALIFIERS_BEFORE)
BARE_OVER_BEFORE = re.compile(r"(?<![以之])[上过]$")


def _qualifier(text: str, start: int, end: int, after: str) -> str:
    before = text[max(0, start - 6):start].rstrip()  # the longest word is three characters, spaces may follow it
    if before:
        if text[start] in BARE_MAGNITUDE and BARE_OVER_BEFORE.search(before):
            return "over"  # 上千人, 过万名
        if PAST_BEFORE.search(before):
            return "over"  # 过三成, 过 90%: past it (通过, 经过, 不超过 are no degree)
        word = QUALIFIER_BEFORE.search(before)
        if word and QUALIFIER_KIND[word.group()]:
            return QUALIFIER_KIND[word.group()]
    if after.strip():
        return "over"
    word = _QUALIFIER_AFTER.match(text[end:end + 3].lstrip())  # asked for every number of a report
    return _QUALIFIER_AFTER_KIND[word.group()] if word else ""


def _is_year_or_date(text: str, m: re.Match) -> bool:
    digits, unit = m.group("arabic"), m.group("unit") or ""
    if digits and len(digits) == 4 and "." not in digits and 1900 <= int(digits) <= 2100 \
            and unit in ("", "年", "届", "级") and not m.group("scale"):
        return True
    return unit == "" and bool(DATE_AFTER.match(text, m.end("arabic") if digits else m.end("cn")))


QUALIFIER_ACROSS_BASE = re.compile(r"(将近|接近|不足|不到|超过|逾|近|约)[^，,。；;\d]{1,12}的\s*$")
# "三分之一", "四分之三", "百分之九十五": a fraction is a percentage (the denominator comes first).
# "百分之九十点八九": a numerator written in Chinese may have decimals after 点.
FRACTION = re.compile(rf"(?<![{CN_NUMERAL_CHARS}\d])(?P<den>[{CN_NUMERAL_CHARS}]+|\d+)\s*分之\s*"
                      rf"(?P<num>[{CN_NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?|\d+(?:\.\d+)?)")


def _fraction_value(m: re.Match) -> Decimal | None:
    den, num = (_fraction_part(x) for x in (m.group("den"), m.group("num")))
    if not den or num is None or num > den:
        return None
    return num * 100 / den


def _fraction_part(text: str) -> Decimal | None:
    if text[:1].isdigit():
        return Decimal(text)
    if text == "百":
        return Decimal(100)
    whole, _, decimals = text.partition("点")
    value = cn_number(whole)
    if value is None:
        return None
    return Decimal(f"{value}.{''.join(str(CN_DIGITS[ch]) for ch in decimals)}") if decimals else Decimal(value)


def _fractions(text: str) -> list[Number]:
    """Fractions as percentages. A fraction other than 百分之 is a round figure: about, unless
    the text qualifies it (近四分之一, 三分之一以上)."""
    found = []
    for m in FRACTION.finditer(text):
        value = _fraction_value(m)
        if value is None:
            continue
        qualifier = _qualifier(text, m.start(), m.end(), "")
        if not qualifier:  # "不足毕业生总数的四分之一": the word of degree stands before the base
            across = QUALIFIER_ACROSS_BASE.search(text, max(0, m.start() - 16), m.start())
            qualifier = dict(QUALIFIERS_BEFORE)[across.group(1)] if across else ""
        if not qualifier and m.group("den") != "百":
            qualifier = "about"
        places = len(re.split("[点.]", m.group("num") + ".")[1])  # 百分之九十点八九: printed to 0.01
        found.append(Number(m.group(), value, "%", m.start(), m.end(), qualifier, places, True))
    return found


def find_numbers(text: str) -> list[Number]:
    """Numbers with their units in normalized text; years (2025 年/届) and dates are left out,
    and a Chinese numeral counts only with a unit after it (三个, 六成), so words such as
    一体化 or 统一 are not numbers; fractions (三分之一) are percentages."""
    return list(_numbers_of(text))


@functools.lru_cache(maxsize=4096)
def _numbers_of(text: str) -> tuple[Number, ...]:
    """find_numbers' result, kept: the claim engine asks it of one sentence several times (its frames,
    the bases of a share), and a Number is immutable. `forget_numbers` empties it at each reading."""
    return tuple(_find_numbers(text))


def forget_numbers() -> None:
    """Start a reading afresh (a long-running process reads many reports: memory stays bounded and
    each reading pays its own way)."""
    _numbers_of.cache_clear()


def _find_numbers(text: str) -> list[Number]:
    fractions = _fractions(text) if "分之" in text else []
    found = []
    for m in NUMBER.finditer(text):
        if fractions and any(f.start <= m.start() < f.end for f in fractions):
            continue
        unit = m.group("unit") or ""
        if m.group("cn"):
            if not unit or unit in ("年", "届", "级", "期"):
                continue
            value = cn_number(m.group("cn"))
            if value is None and m.group("cn") in BARE_MAGNITUDE and \
                    MAGNITUDE_BEFORE.search(text, max(0, m.start() - 2), m.start()):
                value = BARE_MAGNITUDE[m.group("cn")]
            if value is None:
                continue
            number, shown, places, chinese, scale = Decimal(value), m.group("cn"), 0, True, 1
        else:
            if _is_year_or_date(text, m):
                continue
            number, shown, chinese = Decimal(m.group("arabic")), m.group("arabic"), False
            places, scale = len(m.group("arabic").partition(".")[2]), 1
            if m.group("scale"):
                scale = CN_LARGE[m.group("scale")]
                number *= CN_LARGE[m.group("scale")]
                shown += m.group("scale")
        if unit in ("届", "级", "期", "年"):
            continue
        after = m.group("after") or ""
        end = m.end()
        if unit == "成" and end < len(text) and text[end] in CN_DIGITS and text[end + 1:end + 2] not in _UNIT_START:
            number += Decimal(CN_DIGITS[text[end]]) / 10  # 九成五 = 95%
            shown += "成" + text[end]
            unit, end = "成", end + 1
            places = 1
        if unit == "" and after:
            end = m.end("after")
        found.append(Number(shown, number, unit, m.start(), end, _qualifier(text, m.start(), end, after), places,
                            chinese, scale))
    if fractions:
        found = sorted(found + fractions, key=lambda n: n.start)
    return found


# A year's digits as prose writes them: 2025 or 二〇二五 (dates.py builds its cut-offs on it too).
YEAR_DIGITS = r"((?:19|20)\d\d|(?:一九|二[〇零])[〇零一二三四五六七八九]{2})"
YEAR = re.compile(rf"(?<![\d〇零一二三四五六七八九]){YEAR_DIGITS}\s*(?:年|届|级|学年|年度)")


def find_years(text: str) -> list[tuple[int, int, int]]:
    """(year, start, end) of every "2025 年/届/级" (or "二〇二五年") in the text."""
    if "年" not in text and "届" not in text and "级" not in text:
        return []
    return [(year_value(m.group(1)), m.start(), m.end()) for m in YEAR.finditer(text)]


def year_value(digits: str) -> int:
    """2025 for "2025" or "二〇二五" (a match of YEAR_DIGITS)."""
    return int(digits) if digits.isdigit() else cn_number(digits)


# ---------------------------------------------------------------- whole values


def parse_number(text: str | None, chinese: bool = True) -> Decimal | None:
    """The number a whole value is: "78. 26%" -> 78.26, "1,846" -> 1846, "１２３" -> 123, "三" -> 3,
    "—" -> None. Entered figures keep the precision they were typed with ("1166.0")."""
    cleaned = normalize(text or "").strip().removesuffix("%").strip()
    if not cleaned:
        return None
    if _WHOLE_SPACED.fullmatch(cleaned):  # a cell holding "3 033" alone
        cleaned = cleaned.replace(" ", "")
    if re.fullmatch(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?", cleaned):
        try:
            number = Decimal(cleaned)
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    if chinese:
        m = re.fullmatch(rf"({_ARABIC})\s*([万亿])", cleaned)
        if m:
            return Decimal(m.group(1)) * CN_LARGE[m.group(2)]
        value = cn_number(cleaned)
        return Decimal(value) if value is not None else None
    return None


def cell_number(cell) -> Decimal | None:
    """A table cell's number: its typed value, else its text read by `parse_number`."""
    if cell.value is not None and not isinstance(cell.value, bool):
        return Decimal(str(cell.value))
    return parse_number(cell.text, chinese=False)


def is_percent_text(text: str) -> bool:
    return normalize(text).strip().endswith("%")


# ---------------------------------------------------------------- precision and display


def decimals(text: str) -> int:
    match = re.search(r"\.(\d+)", text)
    return len(match.group(1)) if match else 0


def tolerance(text_or_places) -> Decimal:
    """Half a unit in the last printed place: 66.4 -> 0.05, 90.89 -> 0.005."""
    places = text_or_places if isinstance(text_or_places, int) else decimals(text_or_places)
    return Decimal(5) * Decimal(10) ** (-places - 1) + Decimal("0.000001")


def rounds_to(exact: Decimal, shown: str) -> bool:
    return abs(exact - Decimal(shown)) <= tolerance(shown)


def _integer_text(d: Decimal) -> str:
    """An integral Decimal's digits; not str(int(d)), which Python refuses past 4 300 digits
    (an audited table cell can hold that many)."""
    return "0" if d.is_zero() else format(d.to_integral_value(), "f")


def rounded(d: Decimal, places: int = 0) -> Decimal:
    """`d` rounded to `places` decimals. An audited report can hold a long run of digits; the default
    context's 28 digits would make quantize raise instead of giving the value."""
    precision = max(28, d.adjusted() + places + 2)
    return d.quantize(Decimal(1).scaleb(-places), context=Context(prec=precision))


def fmt(value: Decimal | float | int, places: int = 2) -> str:
    d = Decimal(str(value))
    if d == d.to_integral() and places == 0:
        return _integer_text(d)
    return str(rounded(d, places))


def plain(value) -> str:
    """A Decimal without trailing zeros: 36.360 -> 36.36, 5.0 -> 5."""
    d = Decimal(str(value))
    if d == d.to_integral():
        return _integer_text(d)
    return format(d.normalize(), "f")
